"use client";
// The decision step for one request: the form, or why this viewer cannot decide it (separation of
// duties, or they already did and a second approver is needed).
import { Info } from "lucide-react";
import { DecisionForm } from "@/app/(portal)/access/_components/decision-form";
import { canDecide } from "@/lib/access/rules";
import type { AccessRequestResponse } from "@/lib/access/schemas";
import { useDecideAccessRequest } from "@/lib/client/access";

type Props = { request: AccessRequestResponse; viewerId: string };

export function DecidePanel({ request, viewerId }: Props) {
  const decide = useDecideAccessRequest();
  if (request.status !== "PENDING") return null;
  const verdict = canDecide(viewerId, {
    requestedById: request.requestedBy.id,
    requestedForId: request.requestedFor.id,
  });
  if (!verdict.ok) {
    return (
      <p
        data-testid="cannot-decide"
        className="flex items-start gap-1.5 rounded-md bg-surface-2 px-3 py-2 text-sm text-muted"
      >
        <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          <span className="font-medium text-fg">{verdict.reason}.</span> Someone else in security or an admin
          decides it.
        </span>
      </p>
    );
  }
  const mine = request.approvals.find((a) => a.approver.id === viewerId);
  if (mine) {
    const approved = request.approvals.filter((a) => a.decision === "APPROVE").length;
    const missing = Math.max(0, request.approvalsNeeded - approved);
    return (
      <p
        data-testid="already-decided"
        className="flex items-start gap-1.5 rounded-md bg-surface-2 px-3 py-2 text-sm text-muted"
      >
        <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          You {mine.decision === "APPROVE" ? "approved" : "denied"} it.{" "}
          {missing ? `It needs ${missing} more approval${missing === 1 ? "" : "s"} from someone else.` : ""}
        </span>
      </p>
    );
  }
  return (
    <DecisionForm
      request={request}
      isPending={decide.isPending}
      error={decide.error}
      onDecide={(input) => decide.mutate({ id: request.id, ...input })}
    />
  );
}
