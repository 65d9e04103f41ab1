import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Instant } from "@/components/ui/time";

/** One fact of a record: a label and its value. `wide` takes a whole row (services, a description). */
export type Fact = { label: string; value: ReactNode; wide?: boolean; testId?: string };

/** A fact that is there only when `at` is set ("Resolved" once resolved); null otherwise. */
export const instantFact = (label: string, at: string | null | undefined): Fact | null =>
  at ? { label, value: <Instant at={at} /> } : null;

type Props = {
  /** Null and false entries are left out, so optional facts can be written inline. */
  facts: readonly (Fact | null | false)[];
  /**
   * `stacked` (default): label above value, two columns on phones, `columns` from `sm` up, in a bordered
   * box (a record header). `side`: label beside value, `columns` pairs a row from `sm` up (a record's panel).
   */
  layout?: "stacked" | "side";
  columns?: 1 | 2 | 3;
  className?: string;
};

const STACKED_COLUMNS = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" } as const;
const WIDE = { 1: "col-span-2", 2: "col-span-2", 3: "col-span-2 sm:col-span-3" } as const;
const SIDE_COLUMNS = {
  1: "",
  2: "sm:grid-cols-[8rem_minmax(0,1fr)_8rem_minmax(0,1fr)]",
  3: "sm:grid-cols-[8rem_minmax(0,1fr)_8rem_minmax(0,1fr)_8rem_minmax(0,1fr)]",
} as const;

// "Duration asked" → "fact-duration-asked": every fact can be found by its label in a test.
const testIdOf = (f: Fact) => f.testId ?? `fact-${f.label.toLowerCase().replaceAll(" ", "-")}`;

/**
 * A record's facts as one `<dl>`, the same on every record page.
 * @example <FactGrid facts={[{ label: "Owner", value: s.owner }, instantFact("Updated", s.updatedAt)]} />
 */
export function FactGrid({
  facts,
  layout = "stacked",
  columns = layout === "side" ? 1 : 3,
  className,
}: Props) {
  const shown = facts.filter((f): f is Fact => !!f);
  const isSide = layout === "side";
  return (
    <dl
      className={cn(
        isSide
          ? ["grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm", SIDE_COLUMNS[columns]]
          : [
              "grid grid-cols-2 gap-x-4 gap-y-2 rounded-lg border border-border bg-surface p-3",
              STACKED_COLUMNS[columns],
            ],
        className,
      )}
    >
      {shown.map((f) => (
        <div key={f.label} className={isSide ? "contents" : cn("min-w-0", f.wide && WIDE[columns])}>
          <dt className={isSide ? "text-muted" : "text-xs text-muted uppercase"}>{f.label}</dt>
          <dd className={isSide ? "min-w-0 break-words" : "mt-0.5 truncate"} data-testid={testIdOf(f)}>
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
