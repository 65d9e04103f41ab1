import {
  CHANGE_STATUS_LABELS,
  CHANGE_STATUS_TONES,
  RISK_TONES,
  ROUTE_LABELS,
} from "@/app/(portal)/changes/_components/change-labels";
import { Badge } from "@/components/ui/badge";
import type { ApprovalRoute } from "@/lib/changes/approval-route";
import type { ChangeStatus } from "@/lib/changes/lifecycle";
import type { RiskLevel } from "@/lib/changes/types";

export function ChangeStatusBadge({ status }: { status: ChangeStatus }) {
  return (
    <Badge tone={CHANGE_STATUS_TONES[status]}>
      <span data-testid="change-status" data-status={status}>
        {CHANGE_STATUS_LABELS[status]}
      </span>
    </Badge>
  );
}

export function RiskBadge({ level, score }: { level: RiskLevel; score?: number }) {
  return (
    <Badge tone={RISK_TONES[level]} className="font-mono">
      <span
        data-testid="risk-level"
        data-level={level}
        title={score === undefined ? undefined : `Risk score ${score}`}
      >
        {level}
        {score === undefined ? null : <span className="font-normal"> {score}</span>}
      </span>
    </Badge>
  );
}

export function RouteBadge({ route }: { route: ApprovalRoute | null }) {
  if (!route) return null;
  return (
    <Badge tone={route === "AUTO" ? "neutral" : "accent"}>
      <span data-testid="approval-route">{ROUTE_LABELS[route]}</span>
    </Badge>
  );
}
