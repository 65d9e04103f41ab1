"use client";
// The kit's data table. Columns are declared once and render a real <table> from `md` up and a stack of
// cards below it. Both layouts are the same DOM restyled by CSS: no width check in JS, so nothing jumps
// at hydration, and each row exists once for keyboard selection, tests and screen readers. The explicit
// roles keep the table semantics that some browsers drop once a table is no longer `display: table`.
import { Fragment, type ReactNode } from "react";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { scrollRegion } from "@/components/ui/scroll-region";
import { EmptyState, ErrorState, SkeletonRows } from "@/components/ui/states";

/**
 * Where a column's cell goes on a phone card (below `md`), top to bottom:
 * `lead` cells start the first line, one `trail` cell ends it, `main` takes a full line, `meta` cells share
 * the last line with `actions` at its end, and `hidden` ones are left off the card.
 */
export type PhoneSlot = "lead" | "trail" | "main" | "meta" | "actions" | "hidden";

export type SortDirection = "asc" | "desc";
export type TableSort = { key: string; direction: SortDirection };

export type DataTableColumn<T> = {
  id: string;
  /** Column header; also read out before the value on a phone card (visible there with `phoneLabel`). */
  header: string;
  /** Keep the header for screen readers only (an actions column). */
  isHeaderHidden?: boolean;
  cell: (row: T, index: number) => ReactNode;
  /** Makes the header a sort button; the caller sorts (often on the server) from `sort`. */
  sortKey?: string;
  phone: PhoneSlot;
  /** Show the header as a visible label before the value on a phone card ("Assignee: Erin"). */
  phoneLabel?: boolean;
  className?: string | ((row: T) => string);
};

const PHONE_SLOT: Record<PhoneSlot, string> = {
  lead: "max-md:order-1",
  trail: "max-md:order-2 max-md:ml-auto",
  main: "max-md:order-3 max-md:basis-full max-md:min-w-0",
  meta: "max-md:order-4",
  actions: "max-md:order-5 max-md:ml-auto",
  hidden: "max-md:hidden",
};

type Props<T> = {
  /** Accessible name of the table ("Incidents"). */
  label: string;
  columns: DataTableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Set on every row (e.g. "incident-row"), so tests and pages find rows whatever the layout. */
  rowTestId?: string;
  rowAttributes?: (row: T, index: number) => Record<`data-${string}`, string>;
  rowClassName?: (row: T, index: number, isSelected: boolean) => string | undefined;
  /** Keyboard selection (pair with useListKeys): the selected row is highlighted; hover or tap selects. */
  selectedIndex?: number;
  onSelectIndex?: (index: number) => void;
  /** A click or tap anywhere on the row (opening its `rowDetail`); links and buttons in it keep theirs. */
  onRowClick?: (row: T, index: number) => void;
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  isLoading?: boolean;
  /** Rows shown are from an earlier query while the next one loads. */
  isStale?: boolean;
  error?: { title: string; detail?: string; onRetry?: () => void } | null;
  empty: { title: string; description?: ReactNode; action?: ReactNode };
  /** The table holds nothing focusable but may scroll sideways: make the box a named, focusable region. */
  isScrollRegion?: boolean;
  /** Content opened beneath a row (a confirmation, a short form), spanning every column; null when closed. */
  rowDetail?: (row: T) => ReactNode;
};

/**
 * The `error` prop for a list read by a query: shown only when it failed before it had any data (a failed
 * refresh keeps the rows on screen), with a Retry that refetches.
 */
export function queryError(
  query: { error: { message: string } | null; data?: unknown; refetch: () => unknown },
  title: string,
): Props<unknown>["error"] {
  return query.error && query.data === undefined
    ? { title, detail: query.error.message, onRetry: () => void query.refetch() }
    : null;
}

const nextSort = (sort: TableSort | undefined, key: string): TableSort => ({
  key,
  direction: sort?.key === key && sort.direction === "asc" ? "desc" : "asc",
});

/**
 * A list of records: table on wide screens, cards on phones, with keyboard row selection, sorting and
 * loading / error / empty states. See `DataTableColumn` for what each column declares.
 */
export function DataTable<T>(props: Props<T>) {
  const {
    label,
    columns,
    rows,
    rowKey,
    rowTestId,
    rowAttributes,
    rowClassName,
    selectedIndex = -1,
    onSelectIndex,
    sort,
    onSortChange,
    isStale = false,
    rowDetail,
    onRowClick,
  } = props;
  if (props.error) {
    const { title, detail, onRetry } = props.error;
    const retry = onRetry ? (
      <button type="button" className={buttonClass()} onClick={onRetry}>
        Retry
      </button>
    ) : null;
    return <ErrorState title={title} detail={detail} action={retry} />;
  }
  if (props.isLoading) return <SkeletonRows columns={Math.min(columns.length, 6)} />;
  if (rows.length === 0) {
    return (
      <EmptyState title={props.empty.title} action={props.empty.action}>
        {props.empty.description}
      </EmptyState>
    );
  }
  const sortable = onSortChange ? columns.filter((c) => c.sortKey) : [];

  return (
    <div
      {...(props.isScrollRegion ? scrollRegion(label) : {})}
      className={cn(
        "rounded-lg border border-border bg-surface transition-opacity max-md:overflow-hidden md:overflow-x-auto",
        isStale && "opacity-60",
      )}
    >
      {sortable.length ? <PhoneSort columns={sortable} sort={sort} onSortChange={onSortChange!} /> : null}
      <table
        role="table"
        aria-label={label}
        aria-busy={isStale}
        className="w-full text-left text-sm max-md:block"
      >
        <thead
          role="rowgroup"
          className="border-b border-border bg-surface-2 text-xs text-muted uppercase max-md:hidden"
        >
          <tr role="row">
            {columns.map((c) => (
              <th
                key={c.id}
                role="columnheader"
                scope="col"
                className="px-2 py-2 font-medium first:pl-3"
                aria-sort={
                  c.sortKey && sort?.key === c.sortKey
                    ? sort.direction === "asc"
                      ? "ascending"
                      : "descending"
                    : undefined
                }
              >
                {c.isHeaderHidden ? (
                  <span className="sr-only">{c.header}</span>
                ) : c.sortKey && onSortChange ? (
                  <SortButton column={c} sort={sort} onSortChange={onSortChange} />
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-md:block">
          {rows.map((row, index) => {
            const isSelected = index === selectedIndex;
            const detail = rowDetail?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <tr
                  role="row"
                  data-testid={rowTestId}
                  data-row-index={index}
                  {...rowAttributes?.(row, index)}
                  aria-selected={onSelectIndex ? isSelected : undefined}
                  onMouseEnter={onSelectIndex ? () => onSelectIndex(index) : undefined}
                  onClick={
                    onSelectIndex || onRowClick
                      ? (e) => {
                          onSelectIndex?.(index);
                          if (onRowClick && !(e.target as Element).closest("a, input, select, textarea"))
                            onRowClick(row, index);
                        }
                      : undefined
                  }
                  className={cn(
                    "border-b border-border last:border-b-0 max-md:flex max-md:flex-wrap max-md:items-center max-md:gap-x-2 max-md:gap-y-1 max-md:px-3 max-md:py-2",
                    isSelected ? "bg-accent/10" : "hover:bg-surface-2",
                    rowClassName?.(row, index, isSelected),
                  )}
                >
                  {columns.map((c) => (
                    <td
                      key={c.id}
                      role="cell"
                      data-column={c.id}
                      className={cn(
                        "px-2 py-1.5 first:pl-3 max-md:block max-md:p-0 max-md:first:pl-0",
                        PHONE_SLOT[c.phone],
                        typeof c.className === "function" ? c.className(row) : c.className,
                      )}
                    >
                      {c.phoneLabel ? (
                        <span className="mr-1 text-xs text-muted md:hidden">{c.header}:</span>
                      ) : c.isHeaderHidden ? null : (
                        <span className="sr-only md:hidden">{c.header}: </span>
                      )}
                      {c.cell(row, index)}
                    </td>
                  ))}
                </tr>
                {detail ? (
                  <tr role="row" className="border-b border-border bg-surface-2/50 max-md:block">
                    <td role="cell" colSpan={columns.length} className="px-3 py-2 max-md:block">
                      {detail}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SortButton<T>({
  column,
  sort,
  onSortChange,
}: {
  column: DataTableColumn<T>;
  sort: TableSort | undefined;
  onSortChange: (sort: TableSort) => void;
}) {
  const isActive = sort?.key === column.sortKey;
  const Icon = !isActive ? ArrowUpDown : sort?.direction === "asc" ? ArrowUp : ArrowDown;
  return (
    <button
      type="button"
      className="inline-flex items-center gap-1 uppercase hover:text-fg"
      onClick={() => onSortChange(nextSort(sort, column.sortKey!))}
    >
      {column.header} <Icon aria-hidden className={cn("size-3", !isActive && "opacity-50")} />
    </button>
  );
}

// Phones have no header row to tap, so the sortable columns are offered as one menu above the cards.
function PhoneSort<T>({
  columns,
  sort,
  onSortChange,
}: {
  columns: DataTableColumn<T>[];
  sort: TableSort | undefined;
  onSortChange: (sort: TableSort) => void;
}) {
  const value = sort ? `${sort.key}:${sort.direction}` : "";
  return (
    <label className="flex items-center gap-2 border-b border-border px-3 py-2 text-xs text-muted md:hidden">
      Sort by
      <select
        className="h-11 min-w-0 flex-1 rounded-md border border-border bg-surface px-2 text-sm text-fg"
        value={value}
        onChange={(e) => {
          const [key = "", direction] = e.target.value.split(":");
          onSortChange({ key, direction: direction === "desc" ? "desc" : "asc" });
        }}
      >
        {value ? null : <option value="">Default order</option>}
        {columns.flatMap((c) =>
          (["asc", "desc"] as const).map((d) => (
            <option key={`${c.sortKey}:${d}`} value={`${c.sortKey}:${d}`}>
              {c.header} {d === "asc" ? "↑" : "↓"}
            </option>
          )),
        )}
      </select>
    </label>
  );
}
