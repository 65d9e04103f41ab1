// Label / value pairs a record page lays out itself inside a `<dl>` (a vendor's contract, an integration's
// settings), for facts richer than FactGrid's (links, notes under a value); and the "none recorded" line.
// The card around them is Panel (components/ui/panel.tsx).
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** One label / value pair inside a `<dl>`: the label small and uppercase above the value. */
export function FactPair({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted uppercase">{label}</dt>
      <dd className={cn("mt-0.5 break-words", className)}>{children}</dd>
    </div>
  );
}

/** A card's "nothing here" line ("None recorded."), or a warning when the absence is itself a finding. */
export function NoneRecorded({
  children = "None recorded.",
  isWarning = false,
}: {
  children?: ReactNode;
  isWarning?: boolean;
}) {
  return <p className={cn("text-sm", isWarning ? "text-warning" : "text-muted")}>{children}</p>;
}
