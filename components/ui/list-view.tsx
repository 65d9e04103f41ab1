"use client";
// A whole list under a page header: the URL-bound filter bar, the key legend, the total, an optional CSV
// link and the data table, driven from the keyboard (j/k select, Enter opens, / searches). A feature
// brings its columns, filter fields and query; everything else is the same on every list.
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { FilterBar } from "@/components/ui/filter-bar";
import { ListTotal } from "@/components/ui/list-total";
import { KeyLegend } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
import type { FilterField } from "@/components/ui/url-filters";
import type { useUrlFilters } from "@/components/ui/use-url-filters";

/** What a list's query reports (a TanStack Query result fits). */
export type ListQueryState = {
  isPending: boolean;
  isPlaceholderData?: boolean;
  error: { message: string } | null;
  hasData: boolean;
  refetch: () => unknown;
};

type Props<T, N extends string> = {
  /** The table's accessible name ("Vendors"), also in "… could not be loaded". */
  label: string;
  /** One item, singular ("vendor"), for the total; `plural` when not just an added "s". */
  noun: string;
  plural?: string;
  filterFields: readonly FilterField<N>[];
  url: ReturnType<typeof useUrlFilters<N>>;
  rows: T[];
  /** Items the filters match in all; defaults to the rows shown (a list that is not paged); null: unknown. */
  total?: number | null;
  query: ListQueryState;
  columns: DataTableColumn<T>[];
  rowKey: (row: T) => string;
  rowTestId: string;
  rowAttributes?: (row: T) => Record<`data-${string}`, string>;
  rowClassName?: (row: T) => string | undefined;
  /** Where Enter on the selected row goes. */
  hrefOf: (row: T) => string;
  /** A CSV export of what the filters match. */
  csvHref?: string;
  /** Shown after the total ("· 3 need attention"). */
  status?: ReactNode;
  /** The empty list with no filter set; with filters the list offers to clear them. */
  empty: { title: string; description: ReactNode; action?: ReactNode };
};

export function ListView<T, N extends string>(props: Props<T, N>) {
  const { label, url, rows, query } = props;
  const router = useRouter();
  const { selected, setSelected } = useListKeys(rows.length, (i) => router.push(props.hrefOf(rows[i]!)));
  const total = props.total === null ? undefined : (props.total ?? (query.hasData ? rows.length : undefined));

  return (
    <>
      <FilterBar
        label={`Filter ${label.toLowerCase()}`}
        fields={props.filterFields}
        filters={url.filters}
        setFilters={url.setFilters}
        onClear={url.clear}
      />
      <div className="my-2 flex flex-wrap items-center gap-3">
        {query.isPlaceholderData ? (
          <Spinner label={`Loading filtered ${label.toLowerCase()}`} className="text-muted" />
        ) : null}
        <KeyLegend />
        <span className="ml-auto inline-flex flex-wrap items-center gap-3">
          <span className="text-xs text-muted">
            <ListTotal total={total} shown={rows.length} noun={props.noun} plural={props.plural} />
            {props.status}
          </span>
          {props.csvHref ? (
            <a
              className={buttonClass("secondary", "sm")}
              href={props.csvHref}
              download
              data-testid="export-csv"
            >
              <Download aria-hidden className="size-3.5" /> CSV
            </a>
          ) : null}
        </span>
      </div>
      <DataTable
        label={label}
        columns={props.columns}
        rows={rows}
        rowKey={props.rowKey}
        rowTestId={props.rowTestId}
        rowAttributes={props.rowAttributes}
        rowClassName={props.rowClassName}
        selectedIndex={selected}
        onSelectIndex={setSelected}
        isLoading={query.isPending}
        isStale={query.isPlaceholderData}
        error={
          query.error && !query.hasData
            ? {
                title: `${label} could not be loaded`,
                detail: query.error.message,
                onRetry: () => void query.refetch(),
              }
            : null
        }
        empty={
          url.isFiltered
            ? {
                title: `No ${props.noun} matches these filters`,
                description: "Remove a filter or try another search.",
                action: (
                  <button className={buttonClass()} onClick={url.clear}>
                    Clear filters
                  </button>
                ),
              }
            : props.empty
        }
      />
    </>
  );
}
