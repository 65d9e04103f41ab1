"use client";
import { AlertTriangle } from "lucide-react";
import { AlertSource } from "@/app/(portal)/incidents/[key]/_components/alert-source";
import { SeverityBadge } from "@/app/(portal)/incidents/_components/severity-badge";
import { Badge } from "@/components/ui/badge";
import { FactGrid, instantFact } from "@/components/ui/fact-grid";
import { RecordHeader, RecordNotes, StaleNotice } from "@/components/ui/record-header";
import { ServiceLinks } from "@/components/ui/service-links";
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
    <RecordHeader
      className={className}
      back={{ href: "/incidents", label: "Incidents" }}
      title={incident.title}
      badges={
        <>
          <SeverityBadge severity={incident.severity} />
          <span className="font-mono text-sm text-muted">{incident.key}</span>
          <Badge tone={STATUS_TONES[incident.status]}>
            <span data-testid="incident-status" data-status={incident.status}>
              {STATUS_LABELS[incident.status]}
            </span>
          </Badge>
          <Badge tone={impact.tone}>{impact.label}</Badge>
        </>
      }
    >
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
        <StaleNotice>
          Live refresh failed; showing data from <Instant at={new Date(dataUpdatedAt)} />. Retrying…
        </StaleNotice>
      ) : null}
      <FactGrid
        facts={[
          {
            label: "Affected services",
            wide: true,
            value: <ServiceLinks slugs={incident.affectedServices} empty="None recorded" />,
          },
          {
            label: "Assignee",
            value: incident.assignedTo?.name ?? <span className="font-medium text-danger">Unassigned</span>,
          },
          {
            label: "Reported by",
            value:
              incident.reportedBy?.name ??
              (incident.integration ? (
                `Alert · ${incident.integration.name}`
              ) : (
                <span className="text-muted">Unknown</span>
              )),
          },
          { label: "Reported", value: <Instant at={incident.createdAt} /> },
          { label: "Acknowledged", value: <Instant at={incident.acknowledgedAt} /> },
          instantFact("Resolved", incident.resolvedAt),
          instantFact("Closed", incident.closedAt),
        ]}
      />
      <RecordNotes title="Description" notes={incident.description} isCollapsible />
    </RecordHeader>
  );
}
