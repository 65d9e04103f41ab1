"use client";
// The triage queue: open incidents by SLA urgency, kept live by polling, driven from the keyboard.
import { IntentLink } from "@/components/ui/intent-link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ChartColumn, Download, Plus } from "lucide-react";
import { IncidentFilters } from "@/app/(portal)/incidents/_components/incident-filters";
import { incidentColumns, incidentRowClassName } from "@/app/(portal)/incidents/_components/incident-columns";
import { LiveIndicator } from "@/app/(portal)/incidents/_components/live-indicator";
import { rowSlaState } from "@/app/(portal)/incidents/_components/queue-sla";
import { QueueSummary } from "@/app/(portal)/incidents/_components/queue-summary";
import { TriageFeedback, useTriage } from "@/app/(portal)/incidents/_components/triage-feedback";
import {
  hasFilters,
  toApiFilters,
  useIncidentFilters,
} from "@/app/(portal)/incidents/_components/use-incident-filters";
import { useNow } from "@/components/ui/use-now";
import { buttonClass } from "@/components/ui/button";
import { DataTable, queryError } from "@/components/ui/data-table";
import { ListTotal } from "@/components/ui/list-total";
import { PageHeader } from "@/components/ui/page-header";
import { KeyHint, KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
import type { CountedPage } from "@/lib/api/counted-page";
import { incidentSearchParams, useIncidents } from "@/lib/client/incidents";
import { useLiveUpdates } from "@/lib/client/live-updates";
import type { IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  initial: CountedPage<IncidentResponse>;
  renderedAt: number;
  me: { id: string; name: string };
  canCreate: boolean;
  canUpdate: boolean;
};

const NO_ITEMS: IncidentResponse[] = [];

// Rows are selected by position; when a poll reorders the queue the highlight follows the incident, so
// "a" never lands on a row the user did not pick. If it left the list, nothing stays selected.
function useSelectionFollowsKey(
  items: IncidentResponse[],
  selected: number,
  setSelected: (i: number) => void,
) {
  const [previous, setPrevious] = useState(items);
  if (previous !== items) {
    setPrevious(items);
    const key = previous[selected]?.key;
    if (key !== undefined) {
      const next = items.findIndex((i) => i.key === key);
      if (next !== selected) setSelected(next);
    }
  }
}

export function IncidentQueue({ initial, renderedAt, me, canCreate, canUpdate }: Props) {
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  // Server HTML and the first client render share one clock, so countdowns hydrate without a mismatch.
  const now = useNow() ?? renderedAt;

  const { params, setParams, clear } = useIncidentFilters();
  const filters = toApiFilters(params);
  const isFiltered = hasFilters(params);
  // Refetched the moment anyone, on any instance, changes an incident (polling while the stream is down).
  const stream = useLiveUpdates();
  const list = useIncidents(filters, isFiltered ? undefined : initial);
  const queue = useIncidents({}, initial);
  const items = list.data?.items ?? NO_ITEMS;

  const { selected, setSelected } = useListKeys(items.length, (i) =>
    router.push(`/incidents/${items[i]!.key}`),
  );
  useSelectionFollowsKey(items, selected, setSelected);
  const triage = useTriage(me, canUpdate);
  const current = items[selected];
  const selectFirst = () => triage.say("Select an incident with j / k first.");
  useShortcuts([
    {
      key: "a",
      label: "Acknowledge the selected incident",
      hint: "acknowledge",
      when: canUpdate,
      run: () => (current ? triage.run(current, "ack") : selectFirst()),
    },
    {
      key: "m",
      label: "Assign the selected incident to me",
      hint: "assign to me",
      when: canUpdate,
      run: () => (current ? triage.run(current, "take") : selectFirst()),
    },
    {
      key: "c",
      label: "Report an incident",
      hint: "report",
      when: canCreate,
      run: () => router.push("/incidents/new"),
    },
  ]);

  const suggestions = [
    ...new Set([...(queue.data?.items ?? []), ...items].flatMap((i) => i.affectedServices)),
  ].sort();
  const isByUrgency = (filters.status ?? "OPEN").split(",").every((s) => s === "OPEN" || s === "IN_PROGRESS");
  const csvHref = `/api/incidents?${incidentSearchParams(filters, { format: "csv" }).toString()}`;

  return (
    <>
      <PageHeader
        title="Incidents"
        description={
          isByUrgency
            ? "Open incidents by severity, then the SLA deadline that matters now."
            : "Newest first."
        }
        actions={
          <>
            <a className={buttonClass("secondary")} href={csvHref} download data-testid="export-csv">
              <Download aria-hidden className="size-4" /> Export CSV
            </a>
            <IntentLink
              className={buttonClass("secondary")}
              href="/incidents/metrics"
              data-testid="metrics-link"
            >
              <ChartColumn aria-hidden className="size-4" /> Metrics
            </IntentLink>
            {canCreate ? (
              <IntentLink className={buttonClass("primary")} href="/incidents/new" aria-keyshortcuts="c">
                <Plus aria-hidden className="size-4" /> Report incident <KeyHint shortcut="c" />
              </IntentLink>
            ) : null}
          </>
        }
      />
      <QueueSummary
        items={queue.data?.items}
        isTruncated={!!queue.data?.nextCursor}
        now={now}
        activeSeverity={params.severity}
        onSeverity={(severity) => setParams({ severity })}
      />
      <IncidentFilters
        params={params}
        setParams={setParams}
        onClear={clear}
        searchRef={searchRef}
        serviceSuggestions={suggestions}
      />
      <div className="my-2 flex flex-wrap items-center gap-3">
        <LiveIndicator
          updatedAt={list.dataUpdatedAt}
          isFailing={list.isError && !!list.data}
          stream={stream}
        />
        {list.isPlaceholderData ? (
          <Spinner label="Loading filtered incidents" className="text-muted" />
        ) : null}
        <KeyLegend />
        <ListTotal className="ml-auto" total={list.data?.total} shown={items.length} noun="incident" />
      </div>
      <TriageFeedback triage={triage} />

      <DataTable
        label="Incidents"
        columns={incidentColumns({
          now,
          meId: me.id,
          canUpdate,
          busyKey: triage.busyKey,
          onAction: triage.run,
        })}
        rows={items}
        rowKey={(i) => i.key}
        rowTestId="incident-row"
        rowAttributes={(i) => ({ "data-key": i.key, "data-sla": rowSlaState(i, now) })}
        rowClassName={(i, _index, isSelected) =>
          incidentRowClassName(i, now, isSelected, triage.busyKey === i.key)
        }
        selectedIndex={selected}
        onSelectIndex={setSelected}
        isLoading={list.isPending}
        isStale={list.isPlaceholderData}
        error={queryError(list, "Incidents could not be loaded")}
        empty={{
          title: isFiltered ? "No incident matches these filters" : "No open incidents",
          description: isFiltered
            ? "Try another severity, status or search."
            : "All quiet. New reports appear here within seconds.",
          action: isFiltered ? (
            <button className={buttonClass()} onClick={clear}>
              Clear filters
            </button>
          ) : null,
        }}
      />
    </>
  );
}
