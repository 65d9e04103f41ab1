"use client";
// The change list: filters in the URL, kept fresh by polling, driven from the keyboard like the incident queue.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { CalendarDays, Download, Gavel, Plus } from "lucide-react";
import { ChangeCards } from "@/app/(portal)/changes/_components/change-cards";
import { ChangeFilters } from "@/app/(portal)/changes/_components/change-filters";
import { ChangeMetricsStrip } from "@/app/(portal)/changes/_components/change-metrics-strip";
import { ChangeTable } from "@/app/(portal)/changes/_components/change-table";
import { KeyLegend } from "@/app/(portal)/changes/_components/key-legend";
import {
  hasChangeFilters,
  toChangeFilters,
  useChangeFilters,
} from "@/app/(portal)/changes/_components/use-change-filters";
import { useLetterKeys } from "@/components/ui/use-letter-keys";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, ErrorState, Kbd, SkeletonRows, Spinner } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
import type { Page } from "@/lib/api/pagination";
import { changeSearchParams, useChanges, type ChangeMetrics } from "@/lib/client/changes";
import type { ChangeSummary } from "@/lib/changes/schemas";

type Props = {
  initial: Page<ChangeSummary>;
  initialMetrics: ChangeMetrics;
  meId: string;
  canCreate: boolean;
  canVote: boolean;
};

const NO_ITEMS: ChangeSummary[] = [];

export function ChangeList({ initial, initialMetrics, meId, canCreate, canVote }: Props) {
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  const { params, setParams, clear } = useChangeFilters();
  const filters = toChangeFilters(params);
  const isFiltered = hasChangeFilters(params);
  const list = useChanges(filters, isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const { selected, setSelected } = useListKeys(
    items.length,
    (i) => router.push(`/changes/${items[i]!.key}`),
    searchRef,
  );
  useLetterKeys({ c: canCreate ? () => router.push("/changes/new") : undefined });

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
      <ChangeFilters
        params={params}
        setParams={setParams}
        onClear={isFiltered ? clear : null}
        searchRef={searchRef}
      />
      <div className="my-2 flex flex-wrap items-center gap-3">
        {list.isPlaceholderData ? <Spinner label="Loading filtered changes" className="text-muted" /> : null}
        <KeyLegend
          keys={[
            ["j / k", "move"],
            ["Enter", "open"],
            ...(canCreate ? ([["c", "raise"]] as [string, string][]) : []),
            ["/", "search"],
          ]}
        />
        <span className="ml-auto text-xs text-muted">
          {list.data?.nextCursor
            ? `First ${items.length} changes: narrow the filters or export`
            : `${items.length} change${items.length === 1 ? "" : "s"}`}
        </span>
      </div>
      {list.error && !list.data ? (
        <ErrorState
          title="Changes could not be loaded"
          detail={list.error.message}
          action={
            <button className={buttonClass()} onClick={() => void list.refetch()}>
              Retry
            </button>
          }
        />
      ) : list.isPending ? (
        <SkeletonRows columns={7} />
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered ? "No change matches these filters" : "No changes yet"}
          action={
            isFiltered ? (
              <button className={buttonClass()} onClick={clear}>
                Clear filters
              </button>
            ) : canCreate ? (
              <Link className={buttonClass("primary")} href="/changes/new">
                Raise a change
              </Link>
            ) : null
          }
        >
          {isFiltered ? "Try another status, risk or search." : "Raised changes appear here, newest first."}
        </EmptyState>
      ) : (
        <>
          <div className="hidden sm:block">
            <ChangeTable
              items={items}
              selected={selected}
              meId={meId}
              isStale={list.isPlaceholderData}
              onSelect={setSelected}
            />
          </div>
          <div className="sm:hidden">
            <ChangeCards items={items} />
          </div>
        </>
      )}
    </>
  );
}
