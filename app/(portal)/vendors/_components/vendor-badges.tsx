import {
  ACTION_TONES,
  CERT_STATUS_LABELS,
  CERT_STATUS_TONES,
  CRITICALITY_LABELS,
  CRITICALITY_TONES,
  formatScore,
} from "@/app/(portal)/vendors/_components/vendor-labels";
import { Badge } from "@/components/ui/badge";
import type { Action, Criticality } from "@/lib/vendors/assessment-formula";

export function CriticalityBadge({ criticality }: { criticality: Criticality }) {
  return (
    <Badge tone={CRITICALITY_TONES[criticality]}>
      <span data-testid="criticality" data-criticality={criticality}>
        {CRITICALITY_LABELS[criticality]}
      </span>
    </Badge>
  );
}

// The recommended action in capitals, as the handbook writes it: CONTINUE green, REVIEW amber, REPLACE red.
export function ActionBadge({ action, score }: { action: Action; score?: number }) {
  return (
    <Badge tone={ACTION_TONES[action]} className="font-mono">
      <span
        data-testid="recommended-action"
        data-action={action}
        title={score === undefined ? undefined : `Overall score ${formatScore(score)} of 5`}
      >
        {action}
        {score === undefined ? null : <span className="font-normal"> {formatScore(score)}</span>}
      </span>
    </Badge>
  );
}

export function CertStatusBadge({ status }: { status: keyof typeof CERT_STATUS_TONES }) {
  return <Badge tone={CERT_STATUS_TONES[status]}>{CERT_STATUS_LABELS[status]}</Badge>;
}
