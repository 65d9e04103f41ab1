// What needs attention, as a short amber list (a vendor's overdue review, the floors an assessment hit).
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Props = {
  /** The list's accessible name ("Needs attention"). */
  label: string;
  testId?: string;
  items: readonly ReactNode[];
  className?: string;
};

/** Nothing when there is nothing to say. */
export function WarningList({ label, testId, items, className }: Props) {
  if (!items.length) return null;
  return (
    <ul
      aria-label={label}
      data-testid={testId}
      className={cn(
        "space-y-0.5 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm",
        className,
      )}
    >
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
