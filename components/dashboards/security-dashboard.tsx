"use client";
// The security dashboard: events per day by type and by severity, what nobody has investigated yet,
// failed sign-ins and anomalies, and the access side: pending requests, grants about to end, ADMIN
// grants in force. Every figure opens the filtered security queue or access list behind it.
import Link from "next/link";
import { TYPE_COLORS, TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import { TriageBadge } from "@/app/(portal)/security/_components/triage-badge";
import type { ChartRow } from "@/components/charts/chart-types";
import { dayLabel, formatSpan, plural, utcDayTime } from "@/components/dashboards/format";
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
} from "@/components/dashboards/parts";
import { BarChartCard } from "@/components/charts/bar-chart-card";
import { useDashboardParams, useSecurityDashboard, type InitialDashboard } from "@/components/dashboards/use-dashboard";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { SecurityDashboard as Data } from "@/lib/dashboards/schemas";
import { SECURITY_EVENT_TYPES, SECURITY_SEVERITIES, type SecurityEventResponse } from "@/lib/security/schemas";

const queue = (filters: Record<string, string>) => `/security?${new URLSearchParams(filters).toString()}`;
const LIST = "divide-y divide-border";
const ITEM = "flex flex-wrap items-center gap-x-2 gap-y-0.5 py-1.5 text-sm";

function EventsByDay({ byDay }: { byDay: Data["byDay"] }) {
  const rows = byDay.map((d) => ({ day: dayLabel(d.day), ...Object.fromEntries(SECURITY_EVENT_TYPES.map((t) => [t, d[t]])) })) satisfies ChartRow[];
  const totals = SECURITY_EVENT_TYPES.map((t) => `${byDay.reduce((n, d) => n + d[t], 0)} ${TYPE_LABELS[t].toLowerCase()}`).join(", ");
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
                  <Link href={queue({ type: t })} className="hover:underline">
                    {TYPE_LABELS[t]}
                  </Link>
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
                <td className={cn(TDR, d.failedSignIns ? "text-warning" : "text-muted")}>{d.failedSignIns}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </FigureTable>
    </BarChartCard>
  );
}

function Breakdown({ bySeverity, byType }: { bySeverity: Data["bySeverity"]; byType: Data["byType"] }) {
  const severities = [...bySeverity].sort((a, b) => SECURITY_SEVERITIES.indexOf(b.severity) - SECURITY_SEVERITIES.indexOf(a.severity));
  const max = Math.max(1, ...bySeverity.map((s) => s.events));
  return (
    <Section title="By severity and type" description="Events in the period; the second figure has not been investigated yet." href="/security" linkLabel="Security queue" testId="security-breakdown">
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
                  <span className={cn("block h-full rounded-full", s.severity === "CRITICAL" || s.severity === "HIGH" ? "bg-danger" : s.severity === "MEDIUM" ? "bg-warning" : "bg-muted")} style={{ width: `${(s.events / max) * 100}%` }} />
                </span>
              </td>
              <td className={TDR}>
                <FigureLink href={queue({ severity: s.severity })}>{s.events}</FigureLink>
              </td>
              <td className={TDR}>
                <FigureLink href={queue({ severity: s.severity, investigated: "false" })} className={s.uninvestigated ? "font-semibold text-warning" : "text-muted"}>
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
                <span aria-hidden className="mr-1.5 inline-block size-2 rounded-sm" style={{ background: TYPE_COLORS[t.type] }} />
                {TYPE_LABELS[t.type]}
              </th>
              <td className={TDR}>
                <FigureLink href={queue({ type: t.type })}>{t.events}</FigureLink>
              </td>
              <td className={TDR}>
                <FigureLink href={queue({ type: t.type, investigated: "false" })} className={t.uninvestigated ? "font-semibold text-warning" : "text-muted"}>
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

function EventList({ items, testId, empty, showTriage }: { items: SecurityEventResponse[]; testId: string; empty: string; showTriage: boolean }) {
  if (!items.length) return <NoneLine>{empty}</NoneLine>;
  return (
    <ul className={LIST}>
      {items.map((e) => (
        <li key={e.id} className={ITEM} data-testid={testId}>
          <SecuritySeverityBadge severity={e.severity} />
          <Link href={`/security/${e.id}`} className="min-w-0 flex-1 truncate hover:underline" title={e.summary}>
            {e.summary}
          </Link>
          {showTriage ? <TriageBadge event={e} /> : null}
          <span className="basis-full truncate pl-[4.5rem] text-xs text-muted">
            {TYPE_LABELS[e.type]}
            {e.user ? ` · ${e.user}` : ""} · {utcDayTime(e.at)}
            {e.incident ? ` · escalated to ${e.incident.key}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

type Grant = Data["pendingAccessRequests"][number];

function GrantList({ items, testId, empty, now, showExpiry }: { items: Grant[]; testId: string; empty: string; now: number | null; showExpiry: boolean }) {
  if (!items.length) return <NoneLine>{empty}</NoneLine>;
  return (
    <ul className={LIST}>
      {items.map((g) => (
        <li key={g.id} className={ITEM} data-testid={testId}>
          <Badge tone={g.accessType === "ADMIN" ? "danger" : g.accessType === "WRITE" ? "warning" : "neutral"} className="w-14 justify-center">
            {g.accessType}
          </Badge>
          <Link href={`/access/${g.id}`} className="min-w-0 flex-1 truncate font-mono text-xs hover:underline" title={g.resources.join(", ")}>
            {g.resources.join(", ")}
          </Link>
          <span className="min-w-0 basis-full truncate pl-16 text-xs text-muted">
            for {g.grantee}
            {g.requester !== g.grantee ? ` (asked by ${g.requester})` : ""}
            {showExpiry && g.expiresAt ? (
              <span className="font-medium text-warning" title={utcDayTime(g.expiresAt)}>
                {" "}
                · {now === null ? `ends ${utcDayTime(g.expiresAt)}` : `ends in ${formatSpan(Date.parse(g.expiresAt) - now)}`}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function SecurityDashboard({ initial }: { initial?: InitialDashboard<Data> }) {
  const { selection, setParams } = useDashboardParams();
  const query = useSecurityDashboard(selection, initial);
  const data = query.data;
  const now = query.dataUpdatedAt || null;

  let content;
  if (query.error && !data) {
    content = <DashboardError what="security dashboard" error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!data) {
    content = <DashboardSkeleton label="Loading the security dashboard" />;
  } else {
    const t = data.totals;
    content = (
      <div className={cn("space-y-3 transition-opacity", query.isPlaceholderData && "opacity-60")} aria-busy={query.isPlaceholderData}>
        <section aria-label="Totals" data-testid="security-totals" className="grid grid-cols-2 gap-2 sm:grid-cols-4 xl:grid-cols-7">
          <Stat testId="total-events" label="Events" value={t.events} href="/security" />
          <Stat testId="total-uninvestigated" label="Not investigated" value={t.uninvestigated} tone={t.uninvestigated ? "warning" : "success"} href={queue({ investigated: "false" })} />
          <Stat testId="total-failed-sign-ins" label="Failed sign-ins" value={t.failedSignIns} tone={t.failedSignIns ? "warning" : "neutral"} href={queue({ type: "LOGIN_ATTEMPT" })} />
          <Stat testId="total-anomalies" label="Anomalies" value={t.anomalies} tone={t.anomalies ? "danger" : "success"} href={queue({ type: "ANOMALY" })} />
          <Stat testId="total-pending-requests" label="Pending requests" value={t.pendingAccessRequests} tone={t.pendingAccessRequests ? "accent" : "neutral"} href="/access?status=PENDING" />
          <Stat testId="total-expiring" label="Grants ending ≤ 7 d" value={t.grantsExpiringSoon} tone={t.grantsExpiringSoon ? "warning" : "neutral"} href="/access?expiring=7#all-requests" />
          <Stat testId="total-admin-grants" label="ADMIN grants" value={t.adminGrants} tone={t.adminGrants ? "danger" : "neutral"} href="/access?status=APPROVED&type=ADMIN" />
        </section>
        {t.events === 0 ? <p className="text-sm text-muted">No security event was recorded in this period.</p> : null}
        <div className="grid gap-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <EventsByDay byDay={data.byDay} />
          <Breakdown bySeverity={data.bySeverity} byType={data.byType} />
        </div>
        <div className="grid gap-3 lg:grid-cols-2">
          <Section
            title="Not investigated yet"
            description={`The ${Math.min(10, data.uninvestigatedEvents.length)} most recent, highest severity first; ${plural(t.uninvestigated, "event")} in all.`}
            href={queue({ investigated: "false" })}
            linkLabel="All not investigated"
            testId="uninvestigated"
          >
            <EventList items={data.uninvestigatedEvents} testId="uninvestigated-event" empty="Every event in the period has been looked at." showTriage={false} />
          </Section>
          <Section title="Recent anomalies" description="Raised by the detection rules." href={queue({ type: "ANOMALY" })} linkLabel="All anomalies" testId="anomalies">
            <EventList items={data.recentAnomalies} testId="anomaly-event" empty="No anomaly in the period." showTriage />
          </Section>
        </div>
        <div className="grid gap-3 lg:grid-cols-3">
          <Section title="Pending access requests" href="/access?status=PENDING" linkLabel="Decide" testId="pending-requests">
            <GrantList items={data.pendingAccessRequests} testId="pending-request" empty="No request waits for a decision." now={now} showExpiry={false} />
          </Section>
          <Section title="Grants ending within 7 days" href="/access?expiring=7#all-requests" linkLabel="All of them" testId="expiring-grants">
            <GrantList items={data.grantsExpiringSoon} testId="expiring-grant" empty="No grant ends within 7 days." now={now} showExpiry />
          </Section>
          <Section title="ADMIN grants in force" href="/access?status=APPROVED&type=ADMIN" linkLabel="ADMIN grants" testId="admin-grants">
            <GrantList items={data.adminGrants} testId="admin-grant" empty="Nobody holds ADMIN access." now={now} showExpiry />
          </Section>
        </div>
      </div>
    );
  }

  return (
    <PeriodDashboardFrame title="Security dashboard" selection={selection} setParams={setParams} data={data} isFetching={query.isFetching} isError={query.isError}>
      {content}
    </PeriodDashboardFrame>
  );
}
