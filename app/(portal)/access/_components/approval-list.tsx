// Decisions so far: x of N approvals, each with its comment and any shorter expiry the approver set.
import { CheckCircle2, XCircle } from "lucide-react";
import { Instant } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";

type Props = {
  request: Pick<AccessRequestResponse, "approvals" | "approvalsNeeded" | "status">;
  isCompact?: boolean;
};

export function ApprovalList({ request, isCompact = false }: Props) {
  const approved = request.approvals.filter((a) => a.decision === "APPROVE").length;
  return (
    <div className="space-y-1.5" data-testid="approvals">
      <p className="text-sm">
        <span className="font-mono font-semibold tabular-nums" data-testid="approval-count">
          {approved} of {request.approvalsNeeded}
        </span>{" "}
        approval{request.approvalsNeeded === 1 ? "" : "s"}
        {request.approvalsNeeded > 1 ? <span className="text-muted"> from two different people</span> : null}
      </p>
      {request.approvals.length === 0 ? (
        isCompact ? null : (
          <p className="text-sm text-muted">
            {request.status === "PENDING" ? "No decision yet." : "Nobody decided it."}
          </p>
        )
      ) : (
        <ul className="space-y-1.5">
          {request.approvals.map((a) => (
            <li key={`${a.approver.id}-${a.at}`} className="flex gap-2 text-sm">
              {a.decision === "APPROVE" ? (
                <CheckCircle2 aria-label="Approved" className="mt-0.5 size-4 shrink-0 text-success" />
              ) : (
                <XCircle aria-label="Denied" className="mt-0.5 size-4 shrink-0 text-danger" />
              )}
              <div className="min-w-0">
                <span className="font-medium">{a.approver.name}</span>{" "}
                <span className="text-muted">{a.decision === "APPROVE" ? "approved" : "denied"} · </span>
                <span className="text-xs text-muted">
                  <Instant at={a.at} />
                </span>
                {a.expiresAt ? (
                  <span className="block text-xs text-muted">
                    until <Instant at={a.expiresAt} zone="utc" seconds className="font-mono" />
                  </span>
                ) : null}
                {a.comment ? (
                  <p className="break-words whitespace-pre-wrap text-muted">“{a.comment}”</p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
