"use client";
// The operations dashboard's side panels: what broke its deadline or escalated in the last 24 h, the
// updates owed to stakeholders, today's changes, the deployment windows, freezes and the CAB's queue.
// Times that move are judged against the page's ticking clock, not the last poll.
import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { ChangeStatusBadge, RiskBadge } from "@/app/(portal)/changes/_components/change-badges";
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { ITEM, ItemList, Section } from "./parts";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDuration } from "@/components/ui/format-duration";
import { formatInstant } from "@/components/ui/format-time";
import { Instant, InstantRange } from "@/components/ui/time";
import type { OperationsDashboard } from "@/lib/dashboards/schemas";
import type { Severity } from "@/lib/incidents/sla";

const ESCALATION_LABELS: Record<string, string> = {
  P1_IMMEDIATE: "P1: ops managers and executives",
  P2_UNRESOLVED_2H: "P2 unresolved 2 h: ops managers",
  P3_UNRESOLVED_24H: "P3 unresolved 24 h: ops managers",
};

const ago = (iso: string, now: number) => `${formatDuration(now - Date.parse(iso))} ago`;

type IncidentFigure = { key: string; severity: Severity; title: string };

// An incident in a side panel: severity, key (linked), title, then what the panel says about it.
function IncidentItem({
  incident,
  testId,
  children,
}: {
  incident: IncidentFigure;
  testId: string;
  children: ReactNode;
}) {
  return (
    <li className={ITEM} data-testid={testId} data-key={incident.key}>
      <SeverityBadge severity={incident.severity} />
      <IntentLink
        href={`/incidents/${incident.key}`}
        className="font-mono text-xs font-semibold hover:underline"
      >
        {incident.key}
      </IntentLink>
      <span className="min-w-0 flex-1 truncate" title={incident.title}>
        {incident.title}
      </span>
      {children}
    </li>
  );
}

export function Breaches({ items, now }: { items: OperationsDashboard["breaches"]; now: number }) {
  return (
    <Section title="SLA breaches, last 24 h" href="/incidents" linkLabel="Queue" testId="breaches">
      <ItemList items={items} empty="No deadline missed in the last 24 hours.">
        {(b) => (
          <IncidentItem key={`${b.key}-${b.clock}`} incident={b} testId="breach">
            <span
              className="text-xs whitespace-nowrap text-danger"
              title={`Due ${formatInstant(b.dueAt, { zone: "utc" })}`}
            >
              {b.clock} missed {ago(b.dueAt, now)}
            </span>
          </IncidentItem>
        )}
      </ItemList>
    </Section>
  );
}

export function Escalations({ items, now }: { items: OperationsDashboard["escalations"]; now: number }) {
  return (
    <Section title="Escalations, last 24 h" testId="escalations">
      <ItemList items={items} empty="No escalation fired in the last 24 hours.">
        {(e) => (
          <IncidentItem key={`${e.key}-${e.level}-${e.firedAt}`} incident={e} testId="escalation">
            <span
              className="text-xs whitespace-nowrap text-muted"
              title={`${e.level} at ${formatInstant(e.firedAt, { zone: "utc" })}`}
            >
              {ESCALATION_LABELS[e.level] ?? e.level} · {e.notified} notified · {ago(e.firedAt, now)}
            </span>
          </IncidentItem>
        )}
      </ItemList>
    </Section>
  );
}

export function OverdueUpdates({
  items,
  now,
}: {
  items: OperationsDashboard["overdueUpdates"];
  now: number;
}) {
  return (
    <Section
      title="Communication updates overdue"
      description="Stakeholder updates on the handbook's cadence."
      testId="overdue-updates"
    >
      <ItemList items={items} empty="Every open incident's stakeholders are up to date.">
        {(u) => (
          <IncidentItem key={u.key} incident={u} testId="overdue-update">
            <span
              className="text-xs font-medium whitespace-nowrap text-warning"
              title={`Was due ${formatInstant(u.nextUpdateDueAt, { zone: "utc" })}`}
            >
              overdue {formatDuration(now - Date.parse(u.nextUpdateDueAt))}
            </span>
          </IncidentItem>
        )}
      </ItemList>
    </Section>
  );
}

type Change = OperationsDashboard["changesToday"][number];

function ChangeItem({ change, testId }: { change: Change; testId: string }) {
  return (
    <li className={ITEM} data-testid={testId} data-key={change.key}>
      <IntentLink href={`/changes/${change.key}`} className="font-mono text-xs font-semibold hover:underline">
        {change.key}
      </IntentLink>
      <span className="min-w-0 flex-1 truncate" title={change.title}>
        {change.title}
      </span>
      <span className="flex flex-wrap items-center gap-1">
        <Badge>{ENVIRONMENT_LABELS[change.environment]}</Badge>
        <RiskBadge level={change.riskLevel} score={change.riskScore} />
        <ChangeStatusBadge status={change.status} />
        {change.plannedStart ? (
          <InstantRange
            start={change.plannedStart}
            end={change.plannedEnd}
            zone="utc"
            empty="—"
            className="font-mono text-xs text-muted"
          />
        ) : null}
      </span>
    </li>
  );
}

export function ChangesToday({ items }: { items: Change[] }) {
  return (
    <Section
      title="Today's changes"
      description="Planned to run today (UTC)."
      href="/changes/calendar"
      linkLabel="Calendar"
      testId="changes-today"
    >
      <ItemList items={items} empty="No change planned today.">
        {(c) => <ChangeItem key={c.id} change={c} testId="change-today" />}
      </ItemList>
    </Section>
  );
}

export function CabWaiting({ items }: { items: Change[] }) {
  return (
    <Section
      title="Waiting for the CAB"
      href="/changes?status=IN_CAB_REVIEW"
      linkLabel="In CAB review"
      testId="cab-waiting"
    >
      <ItemList items={items} empty="Nothing waits for a CAB decision.">
        {(c) => <ChangeItem key={c.id} change={c} testId="cab-item" />}
      </ItemList>
    </Section>
  );
}

export function Windows({
  windows,
  freezes,
  now,
}: {
  windows: OperationsDashboard["windows"];
  freezes: OperationsDashboard["freezes"];
  now: number;
}) {
  return (
    <Section
      title="Deployment windows"
      description="UTC, per environment."
      href="/changes/calendar"
      linkLabel="Calendar"
      testId="windows"
    >
      <ul className="divide-y divide-border">
        {windows.map((w) => {
          const open = w.open && !w.frozen;
          return (
            <li
              key={w.environment}
              className={ITEM}
              data-testid="window"
              data-environment={w.environment}
              data-open={w.open}
              data-frozen={w.frozen}
            >
              <span className="w-24 font-medium">{ENVIRONMENT_LABELS[w.environment]}</span>
              {w.frozen ? (
                <Badge tone="danger">Frozen</Badge>
              ) : w.open ? (
                <Badge tone="success">Open</Badge>
              ) : (
                <Badge>Closed</Badge>
              )}
              <span className={cn("text-xs", open ? "text-fg" : "text-muted")}>
                {w.open && w.current ? (
                  <>
                    closes in{" "}
                    <span className="font-mono">{formatDuration(Date.parse(w.current.end) - now)}</span> (
                    <Instant at={w.current.end} zone="utc" />)
                  </>
                ) : w.open ? (
                  "open at any time"
                ) : w.next ? (
                  <>
                    next opens in{" "}
                    <span className="font-mono">{formatDuration(Date.parse(w.next.start) - now)}</span> (
                    <InstantRange start={w.next.start} end={w.next.end} zone="utc" />)
                  </>
                ) : (
                  "no window scheduled"
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <h3 className="mt-2 text-xs font-semibold text-muted uppercase">Freezes</h3>
      <ItemList items={freezes} empty="No freeze in force or coming up." testId="freezes">
        {(f) => (
          <li key={f.id} className={ITEM} data-testid="freeze">
            {Date.parse(f.start) <= now && now < Date.parse(f.end) ? (
              <Badge tone="danger">In force</Badge>
            ) : (
              <Badge tone="warning">Upcoming</Badge>
            )}
            <span className="min-w-0 flex-1 truncate" title={f.reason}>
              {f.reason}
            </span>
            <span className="font-mono text-xs whitespace-nowrap text-muted">
              <InstantRange start={f.start} end={f.end} zone="utc" />
            </span>
          </li>
        )}
      </ItemList>
    </Section>
  );
}
