"use client";
// The security queue on the kit's list view: newest first, filters in the URL, kept fresh by polling,
// driven from the keyboard.
import { eventColumns } from "@/app/(portal)/security/_components/event-columns";
import { EventsChart } from "@/app/(portal)/security/_components/events-chart";
import {
  SECURITY_FILTER_FIELDS,
  SECURITY_FILTER_NAMES,
  toSecurityFilters,
} from "@/app/(portal)/security/_components/security-filter-fields";
import { ActionError } from "@/components/ui/action-error";
import { cn } from "@/components/ui/cn";
import { CsvLink } from "@/components/ui/csv-link";
import { ListView } from "@/components/ui/list-view";
import { PageHeader } from "@/components/ui/page-header";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { CountedPage } from "@/lib/api/counted-page";
import { securitySearchParams, useSecurityEvents, useUpdateSecurityEvent } from "@/lib/client/security";
import type { SecurityEventResponse } from "@/lib/security/schemas";

type Props = { initial: CountedPage<SecurityEventResponse>; canTriage: boolean };

const NO_ITEMS: SecurityEventResponse[] = [];

export function SecurityQueue({ initial, canTriage }: Props) {
  const url = useUrlFilters(SECURITY_FILTER_NAMES);
  const filters = toSecurityFilters(url.filters);
  const list = useSecurityEvents(filters, url.isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const mark = useUpdateSecurityEvent();
  const busyId = mark.isPending ? mark.variables?.id : undefined;
  const newCount = items.filter((e) => !e.investigated).length;

  return (
    <>
      <PageHeader
        title="Security"
        description="Sign-ins, data access, system changes and anomalies, newest first. Bold rows are not investigated yet."
        actions={
          <CsvLink
            href={`/api/security-events?${securitySearchParams(filters, { format: "csv" }).toString()}`}
          />
        }
      />
      <div className="mb-4">
        <EventsChart />
      </div>
      <div className="mb-2">
        <ActionError error={mark.error} />
      </div>
      <ListView
        label="Security events"
        noun="event"
        filterFields={SECURITY_FILTER_FIELDS}
        url={url}
        rows={items}
        total={list.data?.total}
        status={
          newCount
            ? ` · ${newCount} not investigated${items.length < (list.data?.total ?? 0) ? " of those shown" : ""}`
            : null
        }
        query={{ ...list, hasData: !!list.data }}
        columns={eventColumns({
          canTriage,
          busyId,
          onMarkInvestigated: (e) => mark.mutate({ id: e.id, version: e.version, investigated: true }),
        })}
        rowKey={(e) => e.id}
        rowTestId="security-row"
        rowAttributes={(e) => ({ "data-id": e.id, "data-investigated": String(e.investigated) })}
        rowClassName={(e) => cn(e.resolved && "text-muted", busyId === e.id && "opacity-60")}
        hrefOf={(e) => `/security/${e.id}`}
        empty={{
          title: "No security events yet",
          description: "Sign-ins, access decisions and events from monitoring tools appear here.",
        }}
      />
    </>
  );
}
