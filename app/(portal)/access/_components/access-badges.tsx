import { STATUS_LABELS, STATUS_TONES, TYPE_TONES } from "@/app/(portal)/access/_components/access-labels";
import { Badge } from "@/components/ui/badge";
import type { AccessStatus, AccessType } from "@/lib/access/rules";

// The phone layout repeats a row's badges in another cell; that copy gets its own test id.
export function AccessStatusBadge({
  status,
  testId = "access-status",
}: {
  status: AccessStatus;
  testId?: string;
}) {
  return (
    <Badge tone={STATUS_TONES[status]}>
      <span data-testid={testId} data-status={status}>
        {STATUS_LABELS[status]}
      </span>
    </Badge>
  );
}

export function AccessTypeBadge({ type, testId = "access-type" }: { type: AccessType; testId?: string }) {
  return (
    <Badge tone={TYPE_TONES[type]} className="font-mono">
      <span data-testid={testId}>{type}</span>
    </Badge>
  );
}
