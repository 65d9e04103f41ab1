"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowLeft } from "lucide-react";
import { ChangeStatusBadge, RiskBadge, RouteBadge } from "@/app/(portal)/changes/_components/change-badges";
import { CATEGORY_LABELS, ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Instant, InstantRange } from "@/components/ui/time";
import { routeFor } from "@/lib/changes/approval-route";
import type { ChangeResponse } from "@/lib/changes/schemas";

type Props = { change: ChangeResponse; isStale: boolean; className?: string };

export function ChangeHeader({ change, isStale, className }: Props) {
  // A draft has no route yet: show the one it would take, marked as such.
  const route = change.approvalRoute ?? routeFor(change.category, change.riskLevel);
  return (
    <header className={cn("space-y-3", className)}>
      <Link href="/changes" className="inline-flex items-center gap-1 text-xs text-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-3" /> Changes
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm text-muted" data-testid="change-key">
          {change.key}
        </span>
        <ChangeStatusBadge status={change.status} />
        <RiskBadge level={change.riskLevel} score={change.riskScore} />
        <RouteBadge route={route} />
        {change.approvalRoute ? null : <span className="text-xs text-muted">(route on submit)</span>}
        <Badge tone={change.category === "EMERGENCY" ? "danger" : "neutral"}>
          {CATEGORY_LABELS[change.category]}
        </Badge>
        <Badge tone={change.environment === "PRODUCTION" ? "warning" : "neutral"}>
          {ENVIRONMENT_LABELS[change.environment]}
        </Badge>
      </div>
      <h1 className="text-xl font-semibold tracking-tight break-words">{change.title}</h1>
      {isStale ? (
        <p role="status" className="text-xs text-warning">
          Live refresh failed; showing what was last loaded. Retrying…
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 rounded-lg border border-border bg-surface p-3 sm:grid-cols-3">
        <Meta label="Planned window" wide>
          <span className="font-mono text-sm" data-testid="planned-window">
            <InstantRange start={change.plannedStart} end={change.plannedEnd} zone="utc" />
          </span>
        </Meta>
        <Meta label="Services" wide>
          <span className="flex flex-wrap gap-1">
            {change.services.map((slug) => (
              <Link
                key={slug}
                href={`/services/${slug}`}
                className="rounded bg-surface-2 px-1.5 font-mono text-xs hover:text-accent"
              >
                {slug}
              </Link>
            ))}
          </span>
        </Meta>
        <Meta label="Requested by">{change.requestedBy.name}</Meta>
        <Meta label="Implementer">
          {change.implementer?.name ?? <span className="text-muted">Not named</span>}
        </Meta>
        <Meta label="Raised">
          <Instant at={change.createdAt} />
        </Meta>
        {change.submittedAt ? (
          <Meta label="Submitted">
            <Instant at={change.submittedAt} />
          </Meta>
        ) : null}
        {change.approvedAt ? (
          <Meta label="Approved">
            <Instant at={change.approvedAt} />
          </Meta>
        ) : null}
        {change.emergencyAuthorizedBy ? (
          <Meta label="Emergency authorized by">{change.emergencyAuthorizedBy.name}</Meta>
        ) : null}
        {change.finishedAt ? (
          <Meta label="Finished">
            <Instant at={change.finishedAt} />
          </Meta>
        ) : null}
      </dl>
      <details open className="rounded-lg border border-border bg-surface px-3 py-2">
        <summary className="cursor-pointer text-xs font-medium text-muted uppercase select-none">
          Description
        </summary>
        <p className="mt-1 break-words whitespace-pre-wrap">{change.description}</p>
      </details>
      {(
        [
          ["Rollback: what was done", change.rollbackNotes],
          ["Post-implementation review", change.reviewNotes],
          ["Closing notes", change.closingNotes],
        ] as const
      ).map(([label, notes]) =>
        notes ? (
          <div key={label} className="rounded-lg border border-border bg-surface px-3 py-2">
            <h2 className="text-xs font-medium text-muted uppercase">{label}</h2>
            <p className="mt-1 break-words whitespace-pre-wrap">{notes}</p>
          </div>
        ) : null,
      )}
    </header>
  );
}

function Meta({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={cn("min-w-0", wide && "col-span-2 sm:col-span-3")}>
      <dt className="text-xs text-muted uppercase">{label}</dt>
      <dd className="mt-0.5 truncate">{children}</dd>
    </div>
  );
}
