"use client";
// One request waiting for a decision: who, what, why, for how long, the decisions so far, and the step.
import Link from "next/link";
import { AccessTypeBadge } from "@/app/(portal)/access/_components/access-badges";
import { ApprovalList } from "@/app/(portal)/access/_components/approval-list";
import { DecidePanel } from "@/app/(portal)/access/_components/decide-panel";
import { Instant } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";

export function QueueCard({ request: r, viewerId }: { request: AccessRequestResponse; viewerId: string }) {
  const isForOther = r.requestedFor.id !== r.requestedBy.id;
  return (
    <article
      aria-labelledby={`req-${r.id}`}
      data-testid="queue-card"
      data-id={r.id}
      className="space-y-2 rounded-lg border border-border bg-surface p-3"
    >
      <header className="flex flex-wrap items-start gap-x-2 gap-y-1">
        <AccessTypeBadge type={r.accessType} />
        <h3 id={`req-${r.id}`} className="min-w-0 flex-1 font-mono text-sm font-semibold break-all">
          <Link href={`/access/${r.id}`} className="hover:underline">
            {r.resources.join(", ")}
          </Link>
        </h3>
        <span className="text-xs whitespace-nowrap text-muted">
          {r.durationDays} d · <Instant at={r.createdAt} relative />
        </span>
      </header>
      <p className="text-sm">
        For <span className="font-medium">{r.requestedFor.name}</span>
        {isForOther ? <span className="text-muted">, requested by {r.requestedBy.name}</span> : null}
      </p>
      <p className="text-sm break-words whitespace-pre-wrap text-muted">{r.justification}</p>
      {r.approvalsNeeded > 1 || r.approvals.length ? <ApprovalList request={r} isCompact /> : null}
      <div className="border-t border-border pt-2">
        <DecidePanel request={r} viewerId={viewerId} />
      </div>
    </article>
  );
}
