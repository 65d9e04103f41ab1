// Votes of the current round: x of N approvals, each vote with its comment.
import { CheckCircle2, XCircle } from "lucide-react";
import { ROLE_NAMES } from "@/app/(portal)/changes/_components/change-labels";
import { Instant } from "@/components/ui/time";
import type { ChangeResponse } from "@/lib/changes/schemas";

type Props = {
  change: Pick<
    ChangeResponse,
    "approvals" | "approvalsNeeded" | "eligibleRoles" | "approvalRoute" | "round" | "status"
  >;
};

export function ApprovalsList({ change }: Props) {
  const approved = change.approvals.filter((a) => a.decision === "APPROVE").length;
  const who = change.eligibleRoles.map((r) => ROLE_NAMES[r] ?? r).join(" or ");
  return (
    <div className="space-y-2" data-testid="approvals">
      <p className="text-sm">
        <span className="font-mono font-semibold tabular-nums" data-testid="approval-count">
          {approved} of {change.approvalsNeeded}
        </span>{" "}
        approval{change.approvalsNeeded === 1 ? "" : "s"}
        {change.approvalsNeeded ? (
          <span className="text-muted"> from {who}</span>
        ) : (
          <span className="text-muted"> needed: approved automatically</span>
        )}
        {change.round > 1 ? <span className="text-muted"> · round {change.round}</span> : null}
      </p>
      {change.approvals.length === 0 ? (
        <p className="text-sm text-muted">
          {change.status === "DRAFT" ? "Votes open once it is submitted." : "No votes in this round yet."}
        </p>
      ) : (
        <ul className="space-y-1.5">
          {change.approvals.map((a) => (
            <li key={`${a.approver.id}-${a.at}`} className="flex gap-2 text-sm">
              {a.decision === "APPROVE" ? (
                <CheckCircle2 aria-label="Approved" className="mt-0.5 size-4 shrink-0 text-success" />
              ) : (
                <XCircle aria-label="Rejected" className="mt-0.5 size-4 shrink-0 text-danger" />
              )}
              <div className="min-w-0">
                <span className="font-medium">{a.approver.name}</span>{" "}
                <span className="text-muted">{a.decision === "APPROVE" ? "approved" : "rejected"} · </span>
                <span className="text-xs text-muted">
                  <Instant at={a.at} />
                </span>
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
