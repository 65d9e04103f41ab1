import { cn } from "@/components/ui/cn";
import type { Severity } from "@/lib/incidents/sla";

const STYLE: Record<Severity, string> = {
  P1: "bg-danger text-danger-fg border-danger",
  P2: "bg-warning/15 text-warning border-warning/40",
  P3: "bg-accent/10 text-accent border-accent/30",
  P4: "bg-surface-2 text-muted border-border",
};

export function SeverityBadge({ severity, className }: { severity: Severity; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex w-8 justify-center rounded border px-1 py-0.5 font-mono text-xs font-bold",
        STYLE[severity],
        className,
      )}
      title={`Severity ${severity}`}
    >
      {severity}
    </span>
  );
}
