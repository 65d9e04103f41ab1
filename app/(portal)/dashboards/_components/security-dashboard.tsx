"use client";
// The security dashboard: events per day by type and by severity, what nobody has investigated yet,
// failed sign-ins and anomalies, and the access side: pending requests, grants about to end, ADMIN
// grants in force. Every figure opens the filtered security queue or access list behind it.
import { TYPE_COLORS, TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import type { ChartRow } from "@/components/charts/chart-types";
import { dayLabel, plural, securityDays } from "./format";
import { PeriodDashboard, Section } from "./parts";
import { EventList, GrantList } from "./security-lists";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import { useDashboardParams, useSecurityDashboard, type InitialDashboard } from "./use-dashboard";
import { FigureDetails, FigureTable, type FigureColumn } from "@/components/ui/figure-table";
import { FigureLink, ShareBar, StatGrid, type Tone } from "@/components/ui/stat";
import type { SecurityDashboard as Data } from "@/lib/dashboards/schemas";
import { SECURITY_EVENT_TYPES, SECURITY_SEVERITIES } from "@/lib/security/schemas";

type Days = { from: string; to: string };
type Filters = Record<string, string>;

// The security queue with a figure's filters. Event figures count the UTC days the period touches, so
// their links carry those days (`days`); the "not investigated yet" list is as of now, whenever.
const queue = (filters: Filters, days?: Days) =>
  `/security?${new URLSearchParams({ ...filters, ...days }).toString()}`;

/** Which lists the viewer may open: an executive reads this dashboard but neither the security queue nor everyone's requests. */
export type SecurityLists = { events: boolean; requests: boolean };
const ALL_LISTS: SecurityLists = { events: true, requests: true };
// The portal records a successful sign-in as LOW: a failed one is any LOGIN_ATTEMPT above it.
const FAILED_SIGN_IN = { type: "LOGIN_ATTEMPT", severity: "MEDIUM,HIGH,CRITICAL" };
// The access list's "all requests" section, filtered to what each access figure counts.
const PENDING_HREF = "/access?status=PENDING#all-requests";
const EXPIRING_HREF = "/access?expiring=7#all-requests";
const ADMIN_HREF = "/access?status=APPROVED&type=ADMIN&inForce=true#all-requests";

// The totals: test id, label, what it counts, its tone when there are some and when there are none.
type Total<K extends keyof Data["totals"] = keyof Data["totals"]> = readonly [string, string, K, Tone, Tone];
const EVENT_TOTALS = [
  ["total-events", "Events", "events", "neutral", "neutral"],
  ["total-uninvestigated", "Not investigated", "uninvestigated", "warning", "success"],
  ["total-failed-sign-ins", "Failed sign-ins", "failedSignIns", "warning", "neutral"],
  ["total-anomalies", "Anomalies", "anomalies", "danger", "success"],
] as const satisfies Total[];
const EVENT_FILTERS: Record<(typeof EVENT_TOTALS)[number][2], Filters> = {
  events: {},
  uninvestigated: { investigated: "false" },
  failedSignIns: FAILED_SIGN_IN,
  anomalies: { type: "ANOMALY" },
};
const ACCESS_TOTALS = [
  ["total-pending-requests", "Pending requests", "pendingAccessRequests", "accent", "neutral"],
  ["total-expiring", "Grants ending ≤ 7 d", "grantsExpiringSoon", "warning", "neutral"],
  ["total-admin-grants", "ADMIN grants", "adminGrants", "danger", "neutral"],
] as const satisfies Total[];
const ACCESS_HREFS: Record<(typeof ACCESS_TOTALS)[number][2], string> = {
  pendingAccessRequests: PENDING_HREF,
  grantsExpiringSoon: EXPIRING_HREF,
  adminGrants: ADMIN_HREF,
};

// The access panels: test id (each item's is its singular), title, link label, and what they list.
const GRANT_PANELS = [
  ["pending-requests", "Pending access requests", "Decide", "pendingAccessRequests"],
  ["expiring-grants", "Grants ending within 7 days", "All of them", "grantsExpiringSoon"],
  ["admin-grants", "ADMIN grants in force", "ADMIN grants", "adminGrants"],
] as const satisfies readonly (readonly [string, string, string, keyof typeof ACCESS_HREFS])[];
const GRANT_EMPTY: Record<keyof typeof ACCESS_HREFS, string> = {
  pendingAccessRequests: "No request waits for a decision.",
  grantsExpiringSoon: "No grant ends within 7 days.",
  adminGrants: "Nobody holds ADMIN access.",
};

const SEVERITY_TONE: Record<(typeof SECURITY_SEVERITIES)[number], Tone> = {
  CRITICAL: "danger",
  HIGH: "danger",
  MEDIUM: "warning",
  LOW: "neutral",
};

function EventsByDay({ byDay, days, canOpen }: { byDay: Data["byDay"]; days: Days; canOpen: boolean }) {
  const rows = byDay.map((d) => ({
    day: dayLabel(d.day),
    ...Object.fromEntries(SECURITY_EVENT_TYPES.map((t) => [t, d[t]])),
  })) satisfies ChartRow[];
  const total = (t: (typeof SECURITY_EVENT_TYPES)[number]) => byDay.reduce((n, d) => n + d[t], 0);
  const totals = SECURITY_EVENT_TYPES.map((t) => `${total(t)} ${TYPE_LABELS[t].toLowerCase()}`).join(", ");
  type Day = Data["byDay"][number];
  const columns: FigureColumn<Day>[] = SECURITY_EVENT_TYPES.map((t) => ({
    id: t,
    header: (
      <FigureLink isPlain href={canOpen ? queue({ type: t }, days) : undefined} count={total(t)}>
        {TYPE_LABELS[t]}
      </FigureLink>
    ),
    cell: (d) => d[t],
    className: (d) => d[t] === 0 && "text-muted",
  }));
  columns.push({
    id: "failed",
    header: "Failed sign-ins",
    cell: (d) => d.failedSignIns,
    className: (d) => (d.failedSignIns ? "text-warning" : "text-muted"),
  });
  return (
    <BarChartCard
      stacked
      testId="security-events-chart"
      title="Events per day by type"
      summary={`UTC days. ${totals}.`}
      data={rows}
      categoryKey="day"
      series={SECURITY_EVENT_TYPES.map((t) => ({ key: t, name: TYPE_LABELS[t], color: TYPE_COLORS[t] }))}
    >
      <FigureDetails summary="events per day" testId="security-events-table">
        <FigureTable
          caption="Security events per day by type, and failed sign-ins"
          rows={byDay}
          rowKey={(d) => d.day}
          rowHeader={{ id: "day", header: "Day (UTC)", cell: (d) => d.day }}
          columns={columns}
        />
      </FigureDetails>
    </BarChartCard>
  );
}

type Counted = { events: number; uninvestigated: number };

// Events and not-investigated counts of one severity or type, each opening the queue filtered to it.
function countColumns<T extends Counted>(
  open: (filters: Filters) => string | undefined,
  filter: (row: T) => Filters,
) {
  return [
    {
      id: "events",
      header: "Events",
      cell: (r) => (
        <FigureLink href={open(filter(r))} count={r.events}>
          {r.events}
        </FigureLink>
      ),
    },
    {
      id: "uninvestigated",
      header: "Not investigated",
      cell: (r) => (
        <FigureLink
          href={open({ ...filter(r), investigated: "false" })}
          count={r.uninvestigated}
          className={r.uninvestigated ? "font-semibold text-warning" : "text-muted"}
        >
          {r.uninvestigated}
        </FigureLink>
      ),
    },
  ] satisfies FigureColumn<T>[];
}

function Breakdown({
  bySeverity,
  byType,
  days,
  canOpen,
}: {
  bySeverity: Data["bySeverity"];
  byType: Data["byType"];
  days: Days;
  canOpen: boolean;
}) {
  const open = (filters: Filters) => (canOpen ? queue(filters, days) : undefined);
  const severities = [...bySeverity].sort(
    (a, b) => SECURITY_SEVERITIES.indexOf(b.severity) - SECURITY_SEVERITIES.indexOf(a.severity),
  );
  const max = Math.max(1, ...bySeverity.map((s) => s.events));
  return (
    <Section
      title="By severity and type"
      description="Events in the period; the second figure has not been investigated yet."
      href={open({})}
      linkLabel="Security queue"
      testId="security-breakdown"
    >
      <FigureTable
        caption="Security events by severity"
        testId="severity-table"
        rows={severities}
        rowKey={(s) => s.severity}
        rowAttributes={(s) => ({ "data-testid": "severity-row", "data-severity": s.severity })}
        rowHeader={{
          id: "severity",
          header: "Severity",
          cell: (s) => <SecuritySeverityBadge severity={s.severity} />,
        }}
        columns={[
          {
            id: "share",
            header: <span className="sr-only">Share</span>,
            isText: true,
            className: "w-full",
            cell: (s) => <ShareBar share={s.events / max} tone={SEVERITY_TONE[s.severity]} />,
          },
          ...countColumns<Data["bySeverity"][number]>(open, (s) => ({ severity: s.severity })),
        ]}
      />
      <FigureTable
        caption="Security events by type"
        testId="type-table"
        className="mt-2"
        rows={byType}
        rowKey={(t) => t.type}
        rowHeader={{
          id: "type",
          header: "Type",
          cell: (t) => (
            <>
              <span
                aria-hidden
                className="mr-1.5 inline-block size-2 rounded-sm"
                style={{ background: TYPE_COLORS[t.type] }}
              />
              {TYPE_LABELS[t.type]}
            </>
          ),
        }}
        columns={countColumns<Data["byType"][number]>(open, (t) => ({ type: t.type }))}
      />
    </Section>
  );
}

function SecurityFigures({ data, lists, now }: { data: Data; lists: SecurityLists; now: number | null }) {
  const t = data.totals;
  const days = securityDays(data.period);
  const events = (filters: Filters) => (lists.events ? queue(filters, days) : undefined);
  const requests = (href: string) => (lists.requests ? href : undefined);
  const stat = ([testId, label, key, some, none]: Total, href: string | undefined) => {
    const count = t[key];
    return { testId, label, count, tone: count ? some : none, href };
  };
  return (
    <>
      <StatGrid
        label="Totals"
        testId="security-totals"
        className="grid-cols-2 sm:grid-cols-4 xl:grid-cols-7"
        stats={[
          ...EVENT_TOTALS.map((total) => stat(total, events(EVENT_FILTERS[total[2]]))),
          ...ACCESS_TOTALS.map((total) => stat(total, requests(ACCESS_HREFS[total[2]]))),
        ]}
      />
      {t.events === 0 ? (
        <p className="text-sm text-muted">No security event was recorded in this period.</p>
      ) : null}
      <div className="grid gap-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <EventsByDay byDay={data.byDay} days={days} canOpen={lists.events} />
        <Breakdown bySeverity={data.bySeverity} byType={data.byType} days={days} canOpen={lists.events} />
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <Section
          title="Not investigated yet"
          description={`The ${Math.min(10, data.uninvestigatedEvents.length)} most recent whenever they happened, highest severity first; ${plural(t.uninvestigated, "event")} of the period.`}
          href={lists.events ? queue({ investigated: "false" }) : undefined}
          linkLabel="All not investigated"
          testId="uninvestigated"
        >
          <EventList
            items={data.uninvestigatedEvents}
            testId="uninvestigated-event"
            empty="Every event has been looked at."
            showTriage={false}
            canOpen={lists.events}
          />
        </Section>
        <Section
          title="Recent anomalies"
          description="Raised by the detection rules in the period."
          href={events({ type: "ANOMALY" })}
          linkLabel="All anomalies"
          testId="anomalies"
        >
          <EventList
            items={data.recentAnomalies}
            testId="anomaly-event"
            empty="No anomaly in the period."
            showTriage
            canOpen={lists.events}
          />
        </Section>
      </div>
      <div className="grid gap-3 lg:grid-cols-3">
        {GRANT_PANELS.map(([testId, title, linkLabel, key]) => (
          <Section
            key={key}
            title={title}
            href={requests(ACCESS_HREFS[key])}
            linkLabel={linkLabel}
            testId={testId}
          >
            <GrantList
              items={data[key]}
              testId={testId.slice(0, -1)}
              empty={GRANT_EMPTY[key]}
              showExpiry={key !== "pendingAccessRequests"}
              now={now}
              canOpen={lists.requests}
            />
          </Section>
        ))}
      </div>
    </>
  );
}

export function SecurityDashboard({
  initial,
  lists = ALL_LISTS,
}: {
  initial?: InitialDashboard<Data>;
  lists?: SecurityLists;
}) {
  const { selection, setParams } = useDashboardParams();
  const query = useSecurityDashboard(selection, initial);
  const now = query.dataUpdatedAt || null;
  return (
    <PeriodDashboard title="Security dashboard" selection={selection} setParams={setParams} query={query}>
      {(data) => <SecurityFigures data={data} lists={lists} now={now} />}
    </PeriodDashboard>
  );
}
