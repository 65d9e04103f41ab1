"use client";
// One change awaiting the viewer's vote: everything a reviewer reads before deciding, and the vote.
import Link from "next/link";
import { useState } from "react";
import { ApprovalsList } from "@/app/(portal)/changes/_components/approvals-list";
import { ChangeStatusBadge, RiskBadge, RouteBadge } from "@/app/(portal)/changes/_components/change-badges";
import { CATEGORY_LABELS, ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { ChangePlans } from "@/app/(portal)/changes/_components/change-plans";
import { ConflictList } from "@/app/(portal)/changes/_components/conflict-list";
import { RiskFactorTable } from "@/app/(portal)/changes/_components/risk-factor-table";
import { InstantRange } from "@/components/ui/time";
import { VoteForm } from "@/app/(portal)/changes/_components/vote-form";
import type { ChangeResponse, VoteInput } from "@/lib/changes/schemas";

type Props = {
  change: ChangeResponse;
  isPending: boolean;
  error: Error | null;
  onVote: (input: VoteInput) => void;
};

export function CabCard({ change, isPending, error, onVote }: Props) {
  const [showDescription, setShowDescription] = useState(false);
  return (
    <article
      aria-labelledby={`${change.key}-title`}
      data-testid="cab-card"
      data-key={change.key}
      className="space-y-3 rounded-lg border border-border bg-surface p-3"
    >
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`/changes/${change.key}`} className="font-mono text-sm font-semibold hover:underline">
            {change.key}
          </Link>
          <RiskBadge level={change.riskLevel} score={change.riskScore} />
          <RouteBadge route={change.approvalRoute} />
          <ChangeStatusBadge status={change.status} />
          <span className="text-xs text-muted">
            {CATEGORY_LABELS[change.category]} · {ENVIRONMENT_LABELS[change.environment]} ·{" "}
            {change.services.join(", ")}
          </span>
        </div>
        <h2 id={`${change.key}-title`} className="text-base font-semibold break-words">
          {change.title}
        </h2>
        <p className="text-sm">
          <InstantRange
            start={change.plannedStart}
            end={change.plannedEnd}
            zone="utc"
            className="font-mono"
          />
          <span className="text-muted">
            {" "}
            · requested by {change.requestedBy.name}
            {change.implementer ? `, implemented by ${change.implementer.name}` : ""}
          </span>
        </p>
        {change.windowProblems.length ? (
          <p className="text-xs text-warning">Window: {change.windowProblems.join("; ")}</p>
        ) : null}
        <button
          type="button"
          className="text-xs text-accent hover:underline"
          aria-expanded={showDescription}
          onClick={() => setShowDescription((v) => !v)}
        >
          {showDescription ? "Hide description" : "Show description"}
        </button>
        {showDescription ? (
          <p className="text-sm break-words whitespace-pre-wrap">{change.description}</p>
        ) : null}
      </header>
      <ConflictList conflicts={change.conflicts} />
      <div className="grid gap-3 md:grid-cols-2">
        <RiskFactorTable factors={change.riskFactors} score={change.riskScore} floor={change.riskFloor} />
        <ApprovalsList change={change} />
      </div>
      <ChangePlans change={change} />
      <div className="border-t border-border pt-3">
        <VoteForm changeKey={change.key} isPending={isPending} error={error} onVote={onVote} />
      </div>
    </article>
  );
}
