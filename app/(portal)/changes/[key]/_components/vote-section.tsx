"use client";
// Approvals so far, and the vote form when this viewer may vote on this round.
import { ApprovalsList } from "@/app/(portal)/changes/_components/approvals-list";
import { VoteForm } from "@/app/(portal)/changes/_components/vote-form";
import { cn } from "@/components/ui/cn";
import { Panel } from "@/components/ui/panel";
import type { Role } from "@/lib/auth/permissions";
import type { ChangeResponse, VoteInput } from "@/lib/changes/schemas";

export type ChangeViewer = { id: string; roles: Role[]; canVote: boolean };

const IN_REVIEW = ["IN_TECHNICAL_REVIEW", "IN_CAB_REVIEW"];

// Mirrors the server's canVote, so the form shows only where a vote would count.
export function voteBlocker(change: ChangeResponse, viewer: ChangeViewer): string | null {
  if (!viewer.canVote || !IN_REVIEW.includes(change.status)) return "";
  if (viewer.id === change.requestedBy.id) return "You requested this change, so you cannot vote on it.";
  if (viewer.id === change.implementer?.id) return "You implement this change, so you cannot vote on it.";
  if (!change.eligibleRoles.some((r) => viewer.roles.includes(r as Role)))
    return "This route takes votes from other roles.";
  if (change.approvals.some((a) => a.approver.id === viewer.id)) return "You have voted in this round.";
  return null;
}

type Props = {
  change: ChangeResponse;
  viewer: ChangeViewer;
  isPending: boolean;
  error: Error | null;
  onVote: (input: VoteInput) => void;
  className?: string;
};

export function VoteSection({ change, viewer, isPending, error, onVote, className }: Props) {
  const blocker = voteBlocker(change, viewer);
  return (
    <Panel title="Approvals" className={cn("space-y-3", className)}>
      <ApprovalsList change={change} />
      {blocker === null ? (
        <VoteForm changeKey={change.key} isPending={isPending} error={error} onVote={onVote} />
      ) : blocker ? (
        <p className="text-xs text-muted">{blocker}</p>
      ) : null}
    </Panel>
  );
}
