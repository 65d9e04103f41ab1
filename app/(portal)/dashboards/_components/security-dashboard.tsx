"use client";
// The security dashboard: events per day by type and by severity, what nobody has investigated yet,
// failed sign-ins and anomalies, and the access side: pending requests, grants about to end, ADMIN
// grants in force. Every figure opens the filtered security queue or access list behind it.
import Link from "next/link";
import type { ReactNode } from "react";
import { TYPE_COLORS, TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import { TriageBadge } from "@/app/(portal)/security/_components/triage-badge";
import type { ChartRow } from "@/components/charts/chart-types";
import { dayLabel, plural, securityDays } from "./format";
import { formatDuration } from "@/components/ui/format-duration";
import { formatInstant } from "@/components/ui/format-time";
import { Instant } from "@/components/ui/time";
import {
  DashboardError,
  DashboardSkeleton,
  FigureLink,
  FigureTable,
  NoneLine,
  PeriodDashboardFrame,
  ROW,
  Section,
  Stat,
  TABLE,
  TD,
  TDR,
  TH,
  THEAD,
  THR,
} from "./parts";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import { useDashboardParams, useSecurityDashboard, type InitialDashboard } from "./use-dashboard";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { SecurityDashboard as Data } from "@/lib/dashboards/schemas";
import {
  SECURITY_EVENT_TYPES,
  SECURITY_SEVERITIES,
  type SecurityEventResponse,
} from "@/lib/security/schemas";

// The security queue with a figure's filters. Event figures count the UTC days the period touches, so
// their links carry those days (`days`); the "not investigated yet" list is as of now, whenever.
const queue = (filters: Record<string, string>, days?: { from: string; to: string }) =>
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
const LIST = "divide-y divide-border";
const ITEM = "flex flex-wrap items-center gap-x-2 gap-y-0.5 py-1.5 text-sm";

function EventsByDay({
  byDay,
  days,
  canOpen,
}: {
  byDay: Data["byDay"];
  days: { from: string; to: string };
  canOpen: boolean;
}) {
  const rows = byDay.map((d) => ({
    day: dayLabel(d.day),
    ...Object.fromEntries(SECURITY_EVENT_TYPES.map((t) => [t, d[t]])),
  })) satisfies ChartRow[];
  const totals = SECURITY_EVENT_TYPES.map(
    (t) => `${byDay.reduce((n, d) => n + d[t], 0)} ${TYPE_LABELS[t].toLowerCase()}`,
  ).join(", ");
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
      <FigureTable caption="events per day" testId="security-events-table">
        <table className={TABLE}>
          <caption className="sr-only">Security events per day by type, and failed sign-ins</caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className={TH}>
                Day (UTC)
              </th>
              {SECURITY_EVENT_TYPES.map((t) => (
                <th key={t} scope="col" className={THR}>
                  {canOpen ? (
                    <Link
                      href={queue({ type: t }, days)}
                      className="hover:underline"
                      data-figure-count={byDay.reduce((n, d) => n + d[t], 0)}
                    >
                      {TYPE_LABELS[t]}
                    </Link>
                  ) : (
                    TYPE_LABELS[t]
                  )}
                </th>
              ))}
              <th scope="col" className={THR}>
                Failed sign-ins
              </th>
            </tr>
          </thead>
          <tbody>
            {byDay.map((d) => (
              <tr key={d.day} className={ROW}>
                <th scope="row" className={cn(TD, "text-left font-normal whitespace-nowrap")}>
                  {d.day}
                </th>
                {SECURITY_EVENT_TYPES.map((t) => (
                  <td key={t} className={cn(TDR, d[t] === 0 && "text-muted")}>
                    {d[t]}
                  </td>
                ))}
                <td className={cn(TDR, d.failedSignIns ? "text-warning" : "text-muted")}>
                  {d.failedSignIns}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </FigureTable>
    </BarChartCard>
  );
}

function Breakdown({
  bySeverity,
  byType,
  days,
  canOpen,
}: {
  bySeverity: Data["bySeverity"];
  byType: Data["byType"];
  days: { from: string; to: string };
  canOpen: boolean;
}) {
  const open = (filters: Record<string, string>) => (canOpen ? queue(filters, days) : undefined);
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
      <table className={TABLE} data-testid="severity-table">
        <caption className="sr-only">Security events by severity</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={TH}>
              Severity
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">Share</span>
            </th>
            <th scope="col" className={THR}>
              Events
            </th>
            <th scope="col" className={THR}>
              Not investigated
            </th>
          </tr>
        </thead>
        <tbody>
          {severities.map((s) => (
            <tr key={s.severity} className={ROW} data-testid="severity-row" data-severity={s.severity}>
              <th scope="row" className={cn(TD, "text-left font-normal")}>
                <SecuritySeverityBadge severity={s.severity} />
              </th>
              <td className={cn(TD, "w-full")}>
                <span aria-hidden className="block h-2 overflow-hidden rounded-full bg-surface-2">
                  <span
                    className={cn(
                      "block h-full rounded-full",
                      s.severity === "CRITICAL" || s.severity === "HIGH"
                        ? "bg-danger"
                        : s.severity === "MEDIUM"
                          ? "bg-warning"
                          : "bg-muted",
                    )}
                    style={{ width: `${(s.events / max) * 100}%` }}
                  />
                </span>
              </td>
              <td className={TDR}>
                <FigureLink href={open({ severity: s.severity })} count={s.events}>
                  {s.events}
                </FigureLink>
              </td>
              <td className={TDR}>
                <FigureLink
                  href={open({ severity: s.severity, investigated: "false" })}
                  count={s.uninvestigated}
                  className={s.uninvestigated ? "font-semibold text-warning" : "text-muted"}
                >
                  {s.uninvestigated}
                </FigureLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={cn(TABLE, "mt-2")} data-testid="type-table">
        <caption className="sr-only">Security events by type</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={TH}>
              Type
            </th>
            <th scope="col" className={THR}>
              Events
            </th>
            <th scope="col" className={THR}>
              Not investigated
            </th>
          </tr>
        </thead>
        <tbody>
          {byType.map((t) => (
            <tr key={t.type} className={ROW}>
              <th scope="row" className={cn(TD, "text-left font-normal")}>
                <span
                  aria-hidden
                  className="mr-1.5 inline-block size-2 rounded-sm"
                  style={{ background: TYPE_COLORS[t.type] }}
                />
                {TYPE_LABELS[t.type]}
              </th>
              <td className={TDR}>
                <FigureLink href={open({ type: t.type })} count={t.events}>
                  {t.events}
                </FigureLink>
              </td>
              <td className={TDR}>
                <FigureLink
                  href={open({ type: t.type, investigated: "false" })}
                  count={t.uninvestigated}
                  className={t.uninvestigated ? "font-semibold text-warning" : "text-muted"}
                >
                  {t.uninvestigated}
                </FigureLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

// An item links to its page only for a viewer who may open it (else its title is plain text).
function ItemLink({
  href,
  className,
  title,
  children,
}: {
  href: string | undefined;
  className: string;
  title: string;
  children: ReactNode;
}) {
  return href ? (
    <Link href={href} className={cn(className, "hover:underline")} title={title}>
      {children}
    </Link>
  ) : (
    <span className={className} title={title}>
      {children}
    </span>
  );
}

function EventList({
  items,
  testId,
  empty,
  showTriage,
  canOpen,
}: {
  items: SecurityEventResponse[];
  testId: string;
  empty: string;
  showTriage: boolean;
  canOpen: boolean;
}) {
  if (!items.length) return <NoneLine>{empty}</NoneLine>;
  return (
    <ul className={LIST}>
      {items.map((e) => (
        <li key={e.id} className={ITEM} data-testid={testId}>
          <SecuritySeverityBadge severity={e.severity} />
          <ItemLink
            href={canOpen ? `/security/${e.id}` : undefined}
            className="min-w-0 flex-1 truncate"
            title={e.summary}
          >
            {e.summary}
          </ItemLink>
          {showTriage ? <TriageBadge event={e} /> : null}
          <span className="basis-full truncate pl-[4.5rem] text-xs text-muted">
            {TYPE_LABELS[e.type]}
            {e.user ? ` · ${e.user}` : ""} · <Instant at={e.at} />
            {e.incident ? ` · escalated to ${e.incident.key}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

type Grant = Data["pendingAccessRequests"][number];

function GrantList({
  items,
  testId,
  empty,
  now,
  showExpiry,
  canOpen,
}: {
  items: Grant[];
  testId: string;
  empty: string;
  now: number | null;
  showExpiry: boolean;
  canOpen: boolean;
}) {
  if (!items.length) return <NoneLine>{empty}</NoneLine>;
  return (
    <ul className={LIST}>
      {items.map((g) => (
        <li key={g.id} className={ITEM} data-testid={testId}>
          <Badge
            tone={g.accessType === "ADMIN" ? "danger" : g.accessType === "WRITE" ? "warning" : "neutral"}
            className="w-14 justify-center"
          >
            {g.accessType}
          </Badge>
          <ItemLink
            href={canOpen ? `/access/${g.id}` : undefined}
            className="min-w-0 flex-1 truncate font-mono text-xs"
            title={g.resources.join(", ")}
          >
            {g.resources.join(", ")}
          </ItemLink>
          <span className="min-w-0 basis-full truncate pl-16 text-xs text-muted">
            for {g.grantee}
            {g.requester !== g.grantee ? ` (asked by ${g.requester})` : ""}
            {showExpiry && g.expiresAt ? (
              <span className="font-medium text-warning" title={formatInstant(g.expiresAt, { zone: "utc" })}>
                {" "}
                ·{" "}
                {now === null
                  ? `ends ${formatInstant(g.expiresAt, { zone: "utc" })}`
                  : `ends in ${formatDuration(Date.parse(g.expiresAt) - now)}`}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
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
  const data = query.data;
  const now = query.dataUpdatedAt || null;

  let content;
  if (query.error && !data) {
    content = (
      <DashboardError what="security dashboard" error={query.error} onRetry={() => void query.refetch()} />
    );
  } else if (!data) {
    content = <DashboardSkeleton label="Loading the security dashboard" />;
  } else {
    const t = data.totals;
    const days = securityDays(data.period);
    const events = (filters: Record<string, string>) => (lists.events ? queue(filters, days) : undefined);
    const requests = (href: string) => (lists.requests ? href : undefined);
    content = (
      <div
        className={cn("space-y-3 transition-opacity", query.isPlaceholderData && "opacity-60")}
        aria-busy={query.isPlaceholderData}
      >
        <section
          aria-label="Totals"
          data-testid="security-totals"
          className="grid grid-cols-2 gap-2 sm:grid-cols-4 xl:grid-cols-7"
        >
          <Stat
            testId="total-events"
            label="Events"
            value={t.events}
            href={events({})}
            figureCount={t.events}
          />
          <Stat
            testId="total-uninvestigated"
            label="Not investigated"
            value={t.uninvestigated}
            tone={t.uninvestigated ? "warning" : "success"}
            href={events({ investigated: "false" })}
            figureCount={t.uninvestigated}
          />
          <Stat
            testId="total-failed-sign-ins"
            label="Failed sign-ins"
            value={t.failedSignIns}
            tone={t.failedSignIns ? "warning" : "neutral"}
            href={events(FAILED_SIGN_IN)}
            figureCount={t.failedSignIns}
          />
          <Stat
            testId="total-anomalies"
            label="Anomalies"
            value={t.anomalies}
            tone={t.anomalies ? "danger" : "success"}
            href={events({ type: "ANOMALY" })}
            figureCount={t.anomalies}
          />
          <Stat
            testId="total-pending-requests"
            label="Pending requests"
            value={t.pendingAccessRequests}
            tone={t.pendingAccessRequests ? "accent" : "neutral"}
            href={requests(PENDING_HREF)}
            figureCount={t.pendingAccessRequests}
          />
          <Stat
            testId="total-expiring"
            label="Grants ending ≤ 7 d"
            value={t.grantsExpiringSoon}
            tone={t.grantsExpiringSoon ? "warning" : "neutral"}
            href={requests(EXPIRING_HREF)}
            figureCount={t.grantsExpiringSoon}
          />
          <Stat
            testId="total-admin-grants"
            label="ADMIN grants"
            value={t.adminGrants}
            tone={t.adminGrants ? "danger" : "neutral"}
            href={requests(ADMIN_HREF)}
            figureCount={t.adminGrants}
          />
        </section>
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
          <Section
            title="Pending access requests"
            href={requests(PENDING_HREF)}
            linkLabel="Decide"
            testId="pending-requests"
          >
            <GrantList
              items={data.pendingAccessRequests}
              testId="pending-request"
              empty="No request waits for a decision."
              now={now}
              showExpiry={false}
              canOpen={lists.requests}
            />
          </Section>
          <Section
            title="Grants ending within 7 days"
            href={requests(EXPIRING_HREF)}
            linkLabel="All of them"
            testId="expiring-grants"
          >
            <GrantList
              items={data.grantsExpiringSoon}
              testId="expiring-grant"
              empty="No grant ends within 7 days."
              now={now}
              showExpiry
              canOpen={lists.requests}
            />
          </Section>
          <Section
            title="ADMIN grants in force"
            href={requests(ADMIN_HREF)}
            linkLabel="ADMIN grants"
            testId="admin-grants"
          >
            <GrantList
              items={data.adminGrants}
              testId="admin-grant"
              empty="Nobody holds ADMIN access."
              now={now}
              showExpiry
              canOpen={lists.requests}
            />
          </Section>
        </div>
      </div>
    );
  }

  return (
    <PeriodDashboardFrame
      title="Security dashboard"
      selection={selection}
      setParams={setParams}
      data={data}
      isFetching={query.isFetching}
      isError={query.isError}
    >
      {content}
    </PeriodDashboardFrame>
  );
}
