"use client";
// One access request, kept fresh by polling (a grant ends on its own at the expiry).
import { AccessStatusBadge, AccessTypeBadge } from "@/app/(portal)/access/_components/access-badges";
import { ApprovalList } from "@/app/(portal)/access/_components/approval-list";
import { ExpiryInfo } from "@/app/(portal)/access/_components/expiry-info";
import type { AccessViewer } from "@/app/(portal)/access/_components/request-columns";
import { AccessActions } from "@/app/(portal)/access/[id]/_components/access-actions";
import { AccessHistory } from "@/app/(portal)/access/[id]/_components/access-history";
import { cn } from "@/components/ui/cn";
import { FactGrid, type Fact } from "@/components/ui/fact-grid";
import { Panel, PANEL_HEADING } from "@/components/ui/panel";
import { NotUpdating, RecordHeader } from "@/components/ui/record-header";
import { Instant } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";
import { useAccessRequest } from "@/lib/client/access";

export function AccessDetail({ initial, viewer }: { initial: AccessRequestResponse; viewer: AccessViewer }) {
  const query = useAccessRequest(initial.id, initial);
  const r = query.data ?? initial;
  const name = (p: { id: string; name: string }) => (p.id === viewer.id ? `${p.name} (you)` : p.name);
  const facts: (Fact | null)[] = [
    { label: "For", value: name(r.requestedFor) },
    { label: "Requested by", value: name(r.requestedBy) },
    { label: "Requested", value: <Instant at={r.createdAt} /> },
    { label: "Duration asked", value: `${r.durationDays} day${r.durationDays === 1 ? "" : "s"}` },
    { label: "Decided", value: <Instant at={r.decidedAt} /> },
    { label: "Expiry", value: <ExpiryInfo request={r} className="whitespace-normal" /> },
    r.endedAt
      ? {
          label: "Ended",
          value: (
            <>
              {r.endReason ?? "—"} · <Instant at={r.endedAt} />
            </>
          ),
        }
      : null,
  ];
  return (
    <div className="space-y-4">
      <RecordHeader
        back={{ href: "/access", label: "Access" }}
        title={
          <>
            {r.accessType} access on <span className="font-mono">{r.resources.join(", ")}</span>
          </>
        }
        badges={
          <>
            <AccessStatusBadge status={r.status} />
            <AccessTypeBadge type={r.accessType} />
            {query.isError ? <NotUpdating /> : null}
          </>
        }
      />
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-4">
          <section aria-label="Request" className="rounded-lg border border-border bg-surface p-3">
            <FactGrid layout="side" columns={2} facts={facts} />
            <h2 className={cn("mt-3 mb-1", PANEL_HEADING)}>Why</h2>
            <p className="text-sm break-words whitespace-pre-wrap">{r.justification}</p>
            <h2 className={cn("mt-3 mb-1", PANEL_HEADING)}>Resources</h2>
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
          <Panel title="Approvals">
            <ApprovalList request={r} />
          </Panel>
        </div>
        <AccessHistory request={r} />
      </div>
    </div>
  );
}
