// The kit's table of figures: a pivot of numbers (months × severities, days × metrics) whose first column
// names each row. It is the precise view behind a chart and the accessible equivalent of it, so the
// header cells are real <th scope>, figures are right-aligned in tabular digits, and the caption names
// the table for screen readers. Lists of records (sortable, selectable, cards on a phone) use DataTable.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { scrollRegion } from "@/components/ui/scroll-region";

type ClassOf<T> = string | ((row: T) => string | false | null | undefined);
// data-* (and aria-*) attributes for a row or cell.
type DataAttributes = Record<string, string | number | boolean | undefined>;

export type FigureColumn<T> = {
  id: string;
  header: ReactNode;
  /** Hover text on the header (how the column is counted). */
  headerTitle?: string;
  /** Left-aligned text instead of a right-aligned figure. */
  isText?: boolean;
  /** A header over several adjacent columns ("Response", "Resolution"); set on each of them. */
  group?: string;
  cell: (row: T) => ReactNode;
  className?: ClassOf<T>;
  title?: (row: T) => string | undefined;
  attributes?: (row: T) => DataAttributes;
};

type Props<T> = {
  /** Names the table; shown above it with `isCaptionShown`, else for screen readers only. */
  caption: ReactNode;
  isCaptionShown?: boolean;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The row header (a month, a severity, a service), then the figures. */
  rowHeader: FigureColumn<T>;
  columns: readonly FigureColumn<T>[];
  rowAttributes?: (row: T) => DataAttributes;
  rowClassName?: ClassOf<T>;
  testId?: string;
  /** Makes the sideways-scrolling box a named, focusable region (needed when no cell is focusable). */
  scrollLabel?: string;
  className?: string;
  /** Larger cells for a table that is the page's main content, not a chart's companion. */
  isRoomy?: boolean;
  isBusy?: boolean;
  describedBy?: string;
};

export const FIGURE_ROW = "border-b border-border last:border-0";

/** The same look for a table FigureTable cannot draw (row groups, rows that expand). */
export const FIGURE_CELLS = {
  table: "w-full text-sm",
  head: "border-b border-border bg-surface-2 text-[11px] text-muted uppercase",
  th: "px-2 py-1 text-left font-medium whitespace-nowrap",
  thFigure: "px-2 py-1 text-right font-medium whitespace-nowrap",
  td: "px-2 py-1",
  figure: "px-2 py-1 text-right font-mono tabular-nums whitespace-nowrap",
  row: FIGURE_ROW,
};

const classOf = <T,>(value: ClassOf<T> | undefined, row: T) =>
  typeof value === "function" ? value(row) : value;

function headerRows<T>(columns: readonly FigureColumn<T>[]) {
  const spans: { group: string | undefined; columns: FigureColumn<T>[] }[] = [];
  for (const column of columns) {
    const last = spans.at(-1);
    if (column.group && last?.group === column.group) last.columns.push(column);
    else spans.push({ group: column.group, columns: [column] });
  }
  return spans;
}

/** A table of figures with a row header column; see the file comment for when to use it. */
export function FigureTable<T>({
  caption,
  isCaptionShown = false,
  rows,
  rowKey,
  rowHeader,
  columns,
  rowAttributes,
  rowClassName,
  testId,
  scrollLabel,
  className,
  isRoomy = false,
  isBusy,
  describedBy,
}: Props<T>) {
  const pad = isRoomy ? "px-2 py-1.5" : "px-2 py-1";
  const spans = headerRows(columns);
  const isGrouped = spans.some((s) => s.group);
  const groupStarts = new Set(spans.filter((s) => s.group).map((s) => s.columns[0]!.id));
  const headerCell = (c: FigureColumn<T>, extra: object = {}) => (
    <th
      key={c.id}
      scope="col"
      title={c.headerTitle}
      className={cn(
        pad,
        "font-medium whitespace-nowrap",
        c.isText ? "text-left" : "text-right",
        groupStarts.has(c.id) && "border-l border-border",
      )}
      {...extra}
    >
      {c.header}
    </th>
  );
  const cellClass = (c: FigureColumn<T>, row: T) =>
    cn(
      pad,
      !c.isText && "text-right font-mono tabular-nums whitespace-nowrap",
      groupStarts.has(c.id) && "border-l border-border",
      classOf(c.className, row),
    );
  return (
    <div
      {...(scrollLabel ? scrollRegion(scrollLabel) : {})}
      className={cn("relative overflow-x-auto", className)}
    >
      <table
        className="w-full text-sm"
        data-testid={testId}
        aria-busy={isBusy}
        aria-describedby={describedBy}
      >
        <caption className={isCaptionShown ? "mb-1 text-left text-sm font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead
          className={cn(
            "border-b border-border bg-surface-2 text-muted uppercase",
            isRoomy ? "text-xs" : "text-[11px]",
          )}
        >
          <tr>
            {headerCell({ ...rowHeader, isText: true }, isGrouped ? { rowSpan: 2 } : {})}
            {spans.map((s) =>
              s.group ? (
                <th
                  key={s.group}
                  scope="colgroup"
                  colSpan={s.columns.length}
                  className="border-l border-border px-2 pt-1.5 text-center font-medium"
                >
                  {s.group}
                </th>
              ) : (
                s.columns.map((c) => headerCell(c, isGrouped ? { rowSpan: 2 } : {}))
              ),
            )}
          </tr>
          {isGrouped ? (
            <tr>{spans.flatMap((s) => (s.group ? s.columns.map((c) => headerCell(c)) : []))}</tr>
          ) : null}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={cn(FIGURE_ROW, classOf(rowClassName, row))}
              {...rowAttributes?.(row)}
            >
              <th
                scope="row"
                title={rowHeader.title?.(row)}
                className={cn(
                  pad,
                  "text-left font-normal whitespace-nowrap",
                  classOf(rowHeader.className, row),
                )}
                {...rowHeader.attributes?.(row)}
              >
                {rowHeader.cell(row)}
              </th>
              {columns.map((c) => (
                <td key={c.id} title={c.title?.(row)} className={cellClass(c, row)} {...c.attributes?.(row)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The figures behind a chart, one click away (and always there for screen readers and for checking). */
export function FigureDetails({
  summary,
  children,
  isOpen = false,
  testId,
}: {
  summary: string;
  children: ReactNode;
  isOpen?: boolean;
  testId?: string;
}) {
  return (
    <details className="group mt-2" open={isOpen} data-testid={testId}>
      <summary className="cursor-pointer py-1 text-xs text-muted select-none hover:text-fg">
        Table: {summary}
      </summary>
      <div className="mt-1">{children}</div>
    </details>
  );
}
