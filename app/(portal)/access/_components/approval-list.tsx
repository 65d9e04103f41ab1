// Decisions so far: x of N approvals, each with its comment and any shorter expiry the approver set.
import { DecisionList } from "@/components/ui/decision-list";
import { Instant } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";

type Props = {
  request: Pick<AccessRequestResponse, "approvals" | "approvalsNeeded" | "status">;
  isCompact?: boolean;
};

export function ApprovalList({ request, isCompact = false }: Props) {
  return (
    <DecisionList
      decisions={request.approvals}
      needed={request.approvalsNeeded}
      summary={
        request.approvalsNeeded > 1 ? <span className="text-muted"> from two different people</span> : null
      }
      refusal="denied"
      empty={
        isCompact ? null : (
          <p className="text-sm text-muted">
            {request.status === "PENDING" ? "No decision yet." : "Nobody decided it."}
          </p>
        )
      }
      detail={(a) =>
        a.expiresAt ? (
          <span className="block text-xs text-muted">
            until <Instant at={a.expiresAt} zone="utc" seconds className="font-mono" />
          </span>
        ) : null
      }
    />
  );
}
