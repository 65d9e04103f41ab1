"use client";
// The change list: the kit's list view (filters in the URL, kept fresh by polling, driven from the keyboard).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CalendarDays, Gavel, Plus } from "lucide-react";
import { changeColumns } from "@/app/(portal)/changes/_components/change-columns";
import { ChangeMetricsStrip } from "@/app/(portal)/changes/_components/change-metrics-strip";
import {
  CHANGE_FILTER_FIELDS,
  CHANGE_FILTER_NAMES,
  toChangeFilters,
} from "@/app/(portal)/changes/_components/change-filter-fields";
import { buttonClass } from "@/components/ui/button";
import { CsvLink } from "@/components/ui/csv-link";
import { ListView } from "@/components/ui/list-view";
import { PageHeader } from "@/components/ui/page-header";
import { KeyHint, useShortcuts } from "@/components/ui/shortcuts";
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
  const url = useUrlFilters(CHANGE_FILTER_NAMES);
  const filters = toChangeFilters(url.filters);
  const list = useChanges(filters, url.isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  useShortcuts([
    {
      key: "c",
      label: "Raise a change",
      hint: "raise",
      when: canCreate,
      run: () => router.push("/changes/new"),
    },
  ]);

  return (
    <>
      <PageHeader
        title="Changes"
        description="Change requests, newest first. Planned windows are in UTC."
        actions={
          <>
            <CsvLink href={`/api/changes?${changeSearchParams(filters, { format: "csv" }).toString()}`} />
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
                <Plus aria-hidden className="size-4" /> Raise a change <KeyHint shortcut="c" />
              </Link>
            ) : null}
          </>
        }
      />
      <ChangeMetricsStrip initial={initialMetrics} />
      <ListView
        label="Changes"
        noun="change"
        filterFields={CHANGE_FILTER_FIELDS}
        url={url}
        rows={items}
        total={list.data?.total}
        query={{ ...list, hasData: !!list.data }}
        columns={changeColumns(meId)}
        rowKey={(c) => c.key}
        rowTestId="change-row"
        rowAttributes={(c) => ({ "data-key": c.key })}
        hrefOf={(c) => `/changes/${c.key}`}
        empty={{
          title: "No changes yet",
          description: "Raised changes appear here, newest first.",
          action: canCreate ? (
            <Link className={buttonClass("primary")} href="/changes/new">
              Raise a change
            </Link>
          ) : undefined,
        }}
      />
    </>
  );
}
