"use client";
// The security queue: newest first, filters in the URL, kept fresh by polling, driven from the keyboard.
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Download } from "lucide-react";
import { ActionError } from "@/app/(portal)/security/_components/action-error";
import { EventTable } from "@/app/(portal)/security/_components/event-table";
import { EventsChart } from "@/app/(portal)/security/_components/events-chart";
import { SecurityFilters } from "@/app/(portal)/security/_components/security-filters";
import {
  hasSecurityFilters,
  toSecurityFilters,
  useSecurityFilters,
} from "@/app/(portal)/security/_components/use-security-filters";
import { buttonClass } from "@/components/ui/button";
import { ListTotal } from "@/components/ui/list-total";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend } from "@/components/ui/shortcuts";
import { EmptyState, ErrorState, SkeletonRows, Spinner } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
import type { CountedPage } from "@/lib/api/counted-page";
import { securitySearchParams, useSecurityEvents, useUpdateSecurityEvent } from "@/lib/client/security";
import type { SecurityEventResponse } from "@/lib/security/schemas";

type Props = { initial: CountedPage<SecurityEventResponse>; canTriage: boolean };

const NO_ITEMS: SecurityEventResponse[] = [];

export function SecurityQueue({ initial, canTriage }: Props) {
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  const { params, setParams, clear } = useSecurityFilters();
  const filters = toSecurityFilters(params);
  const isFiltered = hasSecurityFilters(params);
  const list = useSecurityEvents(filters, isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const { selected, setSelected } = useListKeys(
    items.length,
    (i) => router.push(`/security/${items[i]!.id}`),
    searchRef,
  );
  const mark = useUpdateSecurityEvent();
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
        <SecurityFilters
          params={params}
          setParams={setParams}
          onClear={isFiltered ? clear : null}
          searchRef={searchRef}
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
      {list.error && !list.data ? (
        <ErrorState
          title="Security events could not be loaded"
          detail={list.error.message}
          action={
            <button className={buttonClass()} onClick={() => void list.refetch()}>
              Retry
            </button>
          }
        />
      ) : list.isPending ? (
        <SkeletonRows columns={5} />
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered ? "No event matches these filters" : "No security events yet"}
          action={
            isFiltered ? (
              <button className={buttonClass()} onClick={clear}>
                Clear filters
              </button>
            ) : null
          }
        >
          {isFiltered
            ? "Try another type, severity or search."
            : "Sign-ins, access decisions and events from monitoring tools appear here."}
        </EmptyState>
      ) : (
        <EventTable
          items={items}
          selected={selected}
          canTriage={canTriage}
          isStale={list.isPlaceholderData}
          busyId={mark.isPending ? mark.variables?.id : undefined}
          onSelect={setSelected}
          onMarkInvestigated={(e) => mark.mutate({ id: e.id, version: e.version, investigated: true })}
        />
      )}
    </>
  );
}
