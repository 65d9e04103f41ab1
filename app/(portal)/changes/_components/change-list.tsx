"use client";
// The change list: filters in the URL, kept fresh by polling, driven from the keyboard like the incident queue.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CalendarDays, Download, Gavel, Plus } from "lucide-react";
import { changeColumns } from "@/app/(portal)/changes/_components/change-columns";
import { ChangeMetricsStrip } from "@/app/(portal)/changes/_components/change-metrics-strip";
import {
  CHANGE_FILTER_FIELDS,
  CHANGE_FILTER_NAMES,
  toChangeFilters,
} from "@/app/(portal)/changes/_components/change-filter-fields";
import { buttonClass } from "@/components/ui/button";
import { ListTotal } from "@/components/ui/list-total";
import { DataTable, queryError } from "@/components/ui/data-table";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { Kbd, Spinner } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { CountedPage } from "@/lib/api/counted-page";
import { changeSearchParams, useChanges, type ChangeMetrics } from "@/lib/client/changes";
import type { ChangeSummary } from "@/lib/changes/schemas";

type Props = {
  initial: CountedPage<ChangeSummary>;
  initialMetrics: ChangeMetrics;
  meId: string;
  canCreate: boolean;
  canVote: boolean;
};

const NO_ITEMS: ChangeSummary[] = [];

export function ChangeList({ initial, initialMetrics, meId, canCreate, canVote }: Props) {
  const router = useRouter();
  const { filters: params, setFilters, clear, isFiltered } = useUrlFilters(CHANGE_FILTER_NAMES);
  const filters = toChangeFilters(params);
  const list = useChanges(filters, isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const { selected, setSelected } = useListKeys(items.length, (i) =>
    router.push(`/changes/${items[i]!.key}`),
  );
  useShortcuts([
    {
      key: "c",
      label: "Raise a change",
      hint: "raise",
      when: canCreate,
      run: () => router.push("/changes/new"),
    },
  ]);

  const csvHref = `/api/changes?${changeSearchParams(filters, { format: "csv" }).toString()}`;
  return (
    <>
      <PageHeader
        title="Changes"
        description="Change requests, newest first. Planned windows are in UTC."
        actions={
          <>
            <a className={buttonClass("secondary")} href={csvHref} download data-testid="export-csv">
              <Download aria-hidden className="size-4" /> Export CSV
            </a>
            <Link className={buttonClass("secondary")} href="/changes/calendar">
              <CalendarDays aria-hidden className="size-4" /> Calendar
            </Link>
            {canVote ? (
              <Link className={buttonClass("secondary")} href="/changes/cab">
                <Gavel aria-hidden className="size-4" /> CAB board
              </Link>
            ) : null}
            {canCreate ? (
              <Link className={buttonClass("primary")} href="/changes/new" aria-keyshortcuts="c">
                <Plus aria-hidden className="size-4" /> Raise a change <Kbd>c</Kbd>
              </Link>
            ) : null}
          </>
        }
      />
      <ChangeMetricsStrip initial={initialMetrics} />
      <FilterBar
        label="Filter changes"
        fields={CHANGE_FILTER_FIELDS}
        filters={params}
        setFilters={setFilters}
        onClear={clear}
      />
      <div className="my-2 flex flex-wrap items-center gap-3">
        {list.isPlaceholderData ? <Spinner label="Loading filtered changes" className="text-muted" /> : null}
        <KeyLegend />
        <ListTotal className="ml-auto" total={list.data?.total} shown={items.length} noun="change" />
      </div>
      <DataTable
        label="Changes"
        columns={changeColumns(meId)}
        rows={items}
        rowKey={(c) => c.key}
        rowTestId="change-row"
        rowAttributes={(c) => ({ "data-key": c.key })}
        selectedIndex={selected}
        onSelectIndex={setSelected}
        isLoading={list.isPending}
        isStale={list.isPlaceholderData}
        error={queryError(list, "Changes could not be loaded")}
        empty={{
          title: isFiltered ? "No change matches these filters" : "No changes yet",
          description: isFiltered
            ? "Try another status, risk or search."
            : "Raised changes appear here, newest first.",
          action: isFiltered ? (
            <button className={buttonClass()} onClick={clear}>
              Clear filters
            </button>
          ) : canCreate ? (
            <Link className={buttonClass("primary")} href="/changes/new">
              Raise a change
            </Link>
          ) : null,
        }}
      />
    </>
  );
}
