"use client";
import { ChangeStatusBadge, RiskBadge, RouteBadge } from "@/app/(portal)/changes/_components/change-badges";
import { CATEGORY_LABELS, ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { Badge } from "@/components/ui/badge";
import { FactGrid, instantFact } from "@/components/ui/fact-grid";
import { RecordHeader, RecordNotes, StaleNotice } from "@/components/ui/record-header";
import { ServiceLinks } from "@/components/ui/service-links";
import { Instant, InstantRange } from "@/components/ui/time";
import { routeFor } from "@/lib/changes/approval-route";
import type { ChangeResponse } from "@/lib/changes/schemas";

type Props = { change: ChangeResponse; isStale: boolean; className?: string };

export function ChangeHeader({ change, isStale, className }: Props) {
  // A draft has no route yet: show the one it would take, marked as such.
  const route = change.approvalRoute ?? routeFor(change.category, change.riskLevel);
  return (
    <RecordHeader
      className={className}
      back={{ href: "/changes", label: "Changes" }}
      title={change.title}
      badges={
        <>
          <span className="font-mono text-sm text-muted" data-testid="change-key">
            {change.key}
          </span>
          <ChangeStatusBadge status={change.status} />
          <RiskBadge level={change.riskLevel} score={change.riskScore} />
          <RouteBadge route={route} />
          {change.approvalRoute ? null : <span className="text-xs text-muted">(route on submit)</span>}
          <Badge tone={change.category === "EMERGENCY" ? "danger" : "neutral"}>
            {CATEGORY_LABELS[change.category]}
          </Badge>
          <Badge tone={change.environment === "PRODUCTION" ? "warning" : "neutral"}>
            {ENVIRONMENT_LABELS[change.environment]}
          </Badge>
        </>
      }
    >
      {isStale ? <StaleNotice /> : null}
      <FactGrid
        facts={[
          {
            label: "Planned window",
            wide: true,
            testId: "planned-window",
            value: (
              <span className="font-mono text-sm">
                <InstantRange start={change.plannedStart} end={change.plannedEnd} zone="utc" />
              </span>
            ),
          },
          { label: "Services", wide: true, value: <ServiceLinks slugs={change.services} /> },
          { label: "Requested by", value: change.requestedBy.name },
          {
            label: "Implementer",
            value: change.implementer?.name ?? <span className="text-muted">Not named</span>,
          },
          { label: "Raised", value: <Instant at={change.createdAt} /> },
          instantFact("Submitted", change.submittedAt),
          instantFact("Approved", change.approvedAt),
          !!change.emergencyAuthorizedBy && {
            label: "Emergency authorized by",
            value: change.emergencyAuthorizedBy.name,
          },
          instantFact("Finished", change.finishedAt),
        ]}
      />
      <RecordNotes title="Description" notes={change.description} isCollapsible />
      <RecordNotes title="Rollback: what was done" notes={change.rollbackNotes} />
      <RecordNotes title="Post-implementation review" notes={change.reviewNotes} />
      <RecordNotes title="Closing notes" notes={change.closingNotes} />
    </RecordHeader>
  );
}
