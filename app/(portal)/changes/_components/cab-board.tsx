"use client";
// The CAB board: every change in review that awaits this viewer's vote, soonest planned first.
import Link from "next/link";
import { useState } from "react";
import { CabCard } from "@/app/(portal)/changes/_components/cab-card";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { LoadError } from "@/components/ui/load-error";
import { EmptyState, SkeletonRows } from "@/components/ui/states";
import { useAwaitingMyVote, useVoteOnChange } from "@/lib/client/changes";
import type { ChangeResponse } from "@/lib/changes/schemas";
import { changeStatusInSentence } from "@/lib/changes/status-labels";

export function CabBoard({ initial }: { initial: ChangeResponse[] }) {
  const board = useAwaitingMyVote(initial);
  const vote = useVoteOnChange();
  const [lastVote, setLastVote] = useState<string>();
  const items = board.data ?? [];
  const pendingKey = vote.isPending ? vote.variables.key : undefined;
  const failedKey = vote.isError ? vote.variables.key : undefined;

  return (
    <>
      <PageHeader
        title="CAB board"
        description="Changes in review that await your vote, soonest planned first. Times are UTC."
        actions={
          <Link className={buttonClass()} href="/changes/calendar">
            Change calendar
          </Link>
        }
      />
      <p role="status" className="mb-2 min-h-5 text-sm text-success">
        {lastVote}
      </p>
      {board.error && !board.data ? (
        <LoadError
          title="The board could not be loaded"
          error={board.error}
          onRetry={() => void board.refetch()}
        />
      ) : board.isPending ? (
        <SkeletonRows rows={6} columns={2} />
      ) : items.length === 0 ? (
        <EmptyState title="Nothing awaits your vote">
          Changes submitted for review show up here; you are notified when one does.
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {items.map((change) => (
            <CabCard
              key={change.key}
              change={change}
              isPending={pendingKey === change.key}
              error={failedKey === change.key ? vote.error : null}
              onVote={(input) =>
                vote.mutate(
                  { key: change.key, ...input },
                  {
                    onSuccess: (after) =>
                      setLastVote(
                        `${input.decision === "APPROVE" ? "Approved" : "Rejected"} ${after.key}: now ${changeStatusInSentence(after.status)}.`,
                      ),
                  },
                )
              }
            />
          ))}
        </div>
      )}
    </>
  );
}
