"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { AlertTriangle, ArrowLeft } from "lucide-react";
import { AlertSource } from "@/app/(portal)/incidents/[key]/_components/alert-source";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Kbd } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/incidents/lifecycle";
import type { IncidentResponse } from "@/lib/incidents/schemas";

type Tone = "neutral" | "accent" | "danger" | "warning" | "success";

// Unacknowledged is the state that needs a human now, so it is the loud one.
const STATUS_TONES: Record<IncidentStatus, Tone> = {
  OPEN: "danger",
  IN_PROGRESS: "warning",
  RESOLVED: "success",
  CLOSED: "neutral",
};
const IMPACT: Record<IncidentResponse["impact"], { label: string; tone: Tone }> = {
  OUTAGE: { label: "Outage", tone: "danger" },
  DEGRADED: { label: "Degraded", tone: "warning" },
  NONE: { label: "No user impact", tone: "neutral" },
};

type Props = {
  incident: IncidentResponse;
  canPost: boolean;
  isStale: boolean;
  dataUpdatedAt: number;
  className?: string;
};

export function IncidentHeader({ incident, canPost, isStale, dataUpdatedAt, className }: Props) {
  const impact = IMPACT[incident.impact];
  return (
    <header className={cn("space-y-3", className)}>
      <Link href="/incidents" className="inline-flex items-center gap-1 text-xs text-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-3" /> Incidents
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={incident.severity} />
        <span className="font-mono text-sm text-muted">{incident.key}</span>
        <Badge tone={STATUS_TONES[incident.status]}>
          <span data-testid="incident-status" data-status={incident.status}>
            {STATUS_LABELS[incident.status]}
          </span>
        </Badge>
        <Badge tone={impact.tone}>{impact.label}</Badge>
      </div>
      <h1 className="text-xl font-semibold tracking-tight break-words">{incident.title}</h1>
      {incident.source === "ALERT" ? <AlertSource incident={incident} /> : null}
      {incident.updateOverdue ? (
        <p
          role="alert"
          className="flex flex-wrap items-center gap-1.5 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm text-warning"
        >
          <AlertTriangle aria-hidden className="size-4" />
          <strong>Stakeholder update overdue</strong>
          {incident.nextUpdateDueAt ? (
            <span>
              (was due <Instant at={incident.nextUpdateDueAt} />)
            </span>
          ) : null}
          {canPost ? (
            <span className="text-fg">
              Press <Kbd>u</Kbd> to post one.
            </span>
          ) : null}
        </p>
      ) : null}
      {isStale ? (
        <p role="status" className="text-xs text-warning">
          Live refresh failed; showing data from <Instant at={new Date(dataUpdatedAt)} />. Retrying…
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-lg border border-border bg-surface p-3 sm:grid-cols-3">
        <Meta label="Affected services" wide>
          {incident.affectedServices.length ? (
            <span className="flex flex-wrap gap-1">
              {incident.affectedServices.map((slug) => (
                <Link
                  key={slug}
                  href={`/services/${slug}`}
                  className="rounded bg-surface-2 px-1.5 font-mono text-xs hover:text-accent"
                >
                  {slug}
                </Link>
              ))}
            </span>
          ) : (
            <span className="text-muted">None recorded</span>
          )}
        </Meta>
        <Meta label="Assignee">
          {incident.assignedTo?.name ?? <span className="font-medium text-danger">Unassigned</span>}
        </Meta>
        <Meta label="Reported by">
          {incident.reportedBy?.name ??
            (incident.integration ? (
              `Alert · ${incident.integration.name}`
            ) : (
              <span className="text-muted">Unknown</span>
            ))}
        </Meta>
        <Meta label="Reported">
          <Instant at={incident.createdAt} />
        </Meta>
        <Meta label="Acknowledged">
          <Instant at={incident.acknowledgedAt} />
        </Meta>
        {incident.resolvedAt ? (
          <Meta label="Resolved">
            <Instant at={incident.resolvedAt} />
          </Meta>
        ) : null}
        {incident.closedAt ? (
          <Meta label="Closed">
            <Instant at={incident.closedAt} />
          </Meta>
        ) : null}
      </dl>
      <details open className="group rounded-lg border border-border bg-surface px-3 py-2">
        <summary className="cursor-pointer text-xs font-medium text-muted uppercase select-none">
          Description
        </summary>
        <p className="mt-1 whitespace-pre-wrap break-words">{incident.description}</p>
      </details>
    </header>
  );
}

function Meta({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={cn("min-w-0", wide && "col-span-2 sm:col-span-3")}>
      <dt className="text-xs text-muted uppercase">{label}</dt>
      <dd className="mt-0.5 truncate">{children}</dd>
    </div>
  );
}
