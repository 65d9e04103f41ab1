import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** The small uppercase heading of a panel ("SLA CLOCKS"), for a panel that lays out its own heading row. */
export const PANEL_HEADING = "text-xs font-medium text-muted uppercase";

type Props = {
  /** The heading, also the section's accessible name. */
  title: ReactNode;
  /** Shown before the title (a lucide icon at `size-3.5`). */
  icon?: ReactNode;
  /** The heading's id, when something else points at it; a generated one otherwise. */
  headingId?: string;
  testId?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A titled card on a record page (SLA clocks, deployment gate, approvals): a `<section>` named by its
 * `<h2>`, on the surface colour with a border. Space between its children comes from `className`
 * (`space-y-2`); the heading keeps its own margin below.
 * @example <Panel title="Deployment gate now" testId="gate-status">…</Panel>
 */
export function Panel({ title, icon, headingId, testId, className, children }: Props) {
  const ownId = useId();
  const id = headingId ?? ownId;
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className={cn("rounded-lg border border-border bg-surface p-3", className)}
    >
      <h2 id={id} className={cn("mb-2", PANEL_HEADING, icon && "flex items-center gap-1.5")}>
        {icon}
        {title}
      </h2>
      {children}
    </section>
  );
}
