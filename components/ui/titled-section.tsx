// A page section under a small uppercase heading that names it, without a card around it (a list that
// brings its own cards or table: DR tests, assessments, notifications). The card version is Panel.
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { PANEL_HEADING } from "@/components/ui/panel";

/** @example <TitledSection title="Assessment history">…</TitledSection> */
export function TitledSection({
  title,
  children,
  className,
}: {
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={cn("space-y-2", className)}>
      <h2 id={id} className={PANEL_HEADING}>
        {title}
      </h2>
      {children}
    </section>
  );
}
