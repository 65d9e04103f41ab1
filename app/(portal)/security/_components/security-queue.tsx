"use client";
// The security queue: newest first, filters in the URL, kept fresh by polling, driven from the keyboard.
import { useRouter } from "next/navigation";
import { Download } from "lucide-react";
import { eventColumns } from "@/app/(portal)/security/_components/event-columns";
import { EventsChart } from "@/app/(portal)/security/_components/events-chart";
import {
  SECURITY_FILTER_FIELDS,
  SECURITY_FILTER_NAMES,
  toSecurityFilters,
} from "@/app/(portal)/security/_components/security-filter-fields";
import { ActionError } from "@/components/ui/action-error";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DataTable, queryError } from "@/components/ui/data-table";
import { FilterBar } from "@/components/ui/filter-bar";
import { ListTotal } from "@/components/ui/list-total";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { CountedPage } from "@/lib/api/counted-page";
import { securitySearchParams, useSecurityEvents, useUpdateSecurityEvent } from "@/lib/client/security";
import type { SecurityEventResponse } from "@/lib/security/schemas";

type Props = { initial: CountedPage<SecurityEventResponse>; canTriage: boolean };

const NO_ITEMS: SecurityEventResponse[] = [];

export function SecurityQueue({ initial, canTriage }: Props) {
  const router = useRouter();
  const url = useUrlFilters(SECURITY_FILTER_NAMES);
  const filters = toSecurityFilters(url.filters);
  const list = useSecurityEvents(filters, url.isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const { selected, setSelected } = useListKeys(items.length, (i) =>
    router.push(`/security/${items[i]!.id}`),
  );
  const mark = useUpdateSecurityEvent();
  const busyId = mark.isPending ? mark.variables?.id : undefined;
  const newCount = items.filter((e) => !e.investigated).length;

  const csvHref = `/api/security-events?${securitySearchParams(filters, { format: "csv" }).toString()}`;
  return (
    <>
      <PageHeader
        title="Security"
        description="Sign-ins, data access, system changes and anomalies, newest first. Bold rows are not investigated yet."
        actions={
          <a className={buttonClass("secondary")} href={csvHref} download data-testid="export-csv">
            <Download aria-hidden className="size-4" /> Export CSV
          </a>
        }
      />
      <EventsChart />
      <div className="mt-4">
        <FilterBar
          label="Filter security events"
          fields={SECURITY_FILTER_FIELDS}
          filters={url.filters}
          setFilters={url.setFilters}
          onClear={url.clear}
        />
      </div>
      <div className="my-2 flex flex-wrap items-center gap-3">
        {list.isPlaceholderData ? <Spinner label="Loading filtered events" className="text-muted" /> : null}
        <KeyLegend />
        <span className="ml-auto text-xs text-muted" data-testid="event-count">
          <ListTotal total={list.data?.total} shown={items.length} noun="event" />
          {newCount
            ? ` · ${newCount} not investigated${items.length < (list.data?.total ?? 0) ? " of those shown" : ""}`
            : ""}
        </span>
      </div>
      <div className="mb-2">
        <ActionError error={mark.error} />
      </div>
      <DataTable
        label="Security events"
        columns={eventColumns({
          canTriage,
          busyId,
          onMarkInvestigated: (e) => mark.mutate({ id: e.id, version: e.version, investigated: true }),
        })}
        rows={items}
        rowKey={(e) => e.id}
        rowTestId="security-row"
        rowAttributes={(e) => ({ "data-id": e.id, "data-investigated": String(e.investigated) })}
        rowClassName={(e) => cn(e.resolved && "text-muted", busyId === e.id && "opacity-60")}
        selectedIndex={selected}
        onSelectIndex={setSelected}
        isLoading={list.isPending}
        isStale={list.isPlaceholderData}
        error={queryError(list, "Security events could not be loaded")}
        empty={
          url.isFiltered
            ? {
                title: "No event matches these filters",
                description: "Try another type, severity or search.",
                action: (
                  <button className={buttonClass()} onClick={url.clear}>
                    Clear filters
                  </button>
                ),
              }
            : {
                title: "No security events yet",
                description: "Sign-ins, access decisions and events from monitoring tools appear here.",
              }
        }
      />
    </>
  );
}
