// Votes of the current round: x of N approvals, each vote with its comment.
import { ROLE_NAMES } from "@/app/(portal)/changes/_components/change-labels";
import { DecisionList } from "@/components/ui/decision-list";
import type { ChangeResponse } from "@/lib/changes/schemas";

type Props = {
  change: Pick<
    ChangeResponse,
    "approvals" | "approvalsNeeded" | "eligibleRoles" | "approvalRoute" | "round" | "status"
  >;
};

export function ApprovalsList({ change }: Props) {
  const who = change.eligibleRoles.map((r) => ROLE_NAMES[r] ?? r).join(" or ");
  return (
    <DecisionList
      decisions={change.approvals}
      needed={change.approvalsNeeded}
      summary={
        <>
          {change.approvalsNeeded ? (
            <span className="text-muted"> from {who}</span>
          ) : (
            <span className="text-muted"> needed: approved automatically</span>
          )}
          {change.round > 1 ? <span className="text-muted"> · round {change.round}</span> : null}
        </>
      }
      refusal="rejected"
      empty={
        <p className="text-sm text-muted">
          {change.status === "DRAFT" ? "Votes open once it is submitted." : "No votes in this round yet."}
        </p>
      }
    />
  );
}
