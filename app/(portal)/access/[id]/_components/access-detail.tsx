"use client";
// One access request, kept fresh by polling (a grant ends on its own at the expiry).
import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowLeft } from "lucide-react";
import { AccessStatusBadge, AccessTypeBadge } from "@/app/(portal)/access/_components/access-badges";
import { ApprovalList } from "@/app/(portal)/access/_components/approval-list";
import { ExpiryInfo } from "@/app/(portal)/access/_components/expiry-info";
import type { AccessViewer } from "@/app/(portal)/access/_components/request-columns";
import { AccessActions } from "@/app/(portal)/access/[id]/_components/access-actions";
import { AccessHistory } from "@/app/(portal)/access/[id]/_components/access-history";
import { Instant } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";
import { useAccessRequest } from "@/lib/client/access";

export function AccessDetail({ initial, viewer }: { initial: AccessRequestResponse; viewer: AccessViewer }) {
  const query = useAccessRequest(initial.id, initial);
  const r = query.data ?? initial;
  const name = (p: { id: string; name: string }) => (p.id === viewer.id ? `${p.name} (you)` : p.name);
  const facts: [string, ReactNode][] = [
    ["For", name(r.requestedFor)],
    ["Requested by", name(r.requestedBy)],
    ["Requested", <Instant key="c" at={r.createdAt} />],
    ["Duration asked", `${r.durationDays} day${r.durationDays === 1 ? "" : "s"}`],
    ["Decided", <Instant key="d" at={r.decidedAt} />],
    ["Expiry", <ExpiryInfo key="e" request={r} className="whitespace-normal" />],
  ];
  if (r.endedAt)
    facts.push([
      "Ended",
      <span key="x">
        {r.endReason ?? "—"} · <Instant at={r.endedAt} />
      </span>,
    ]);
  return (
    <div className="space-y-4">
      <Link href="/access" className="inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-4" /> Access
      </Link>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <AccessStatusBadge status={r.status} />
          <AccessTypeBadge type={r.accessType} />
          {query.isError ? (
            <span className="text-xs text-warning">Not updating: showing the last copy</span>
          ) : null}
        </div>
        <h1 className="text-xl font-semibold tracking-tight break-words">
          {r.accessType} access on <span className="font-mono">{r.resources.join(", ")}</span>
        </h1>
      </header>
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-4">
          <section aria-label="Request" className="rounded-lg border border-border bg-surface p-3">
            <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm sm:grid-cols-[8rem_minmax(0,1fr)_8rem_minmax(0,1fr)]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted">{label}</dt>
                  <dd className="min-w-0" data-testid={`fact-${label.toLowerCase().replaceAll(" ", "-")}`}>
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
            <h2 className="mt-3 mb-1 text-xs font-medium text-muted uppercase">Why</h2>
            <p className="text-sm break-words whitespace-pre-wrap">{r.justification}</p>
            <h2 className="mt-3 mb-1 text-xs font-medium text-muted uppercase">Resources</h2>
            <ul className="flex flex-wrap gap-1">
              {r.resources.map((res) => (
                <li
                  key={res}
                  className="rounded border border-border bg-surface-2 px-1.5 py-0.5 font-mono text-xs"
                >
                  {res}
                </li>
              ))}
            </ul>
          </section>
          <AccessActions request={r} viewer={viewer} />
          <section
            aria-labelledby="approvals-heading"
            className="rounded-lg border border-border bg-surface p-3"
          >
            <h2 id="approvals-heading" className="mb-1 text-xs font-medium text-muted uppercase">
              Approvals
            </h2>
            <ApprovalList request={r} />
          </section>
        </div>
        <AccessHistory request={r} />
      </div>
    </div>
  );
}
