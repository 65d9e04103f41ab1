"use client";
// One security event: what happened, its details, and the triage (investigated, resolved, notes, escalate).
import Link from "next/link";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { TriageBadge } from "@/app/(portal)/security/_components/triage-badge";
import { EscalatePanel } from "@/app/(portal)/security/[id]/_components/escalate-panel";
import { TriageForm } from "@/app/(portal)/security/[id]/_components/triage-form";
import { FactGrid, type Fact } from "@/components/ui/fact-grid";
import { Panel } from "@/components/ui/panel";
import { NotUpdating, RecordHeader } from "@/components/ui/record-header";
import { Instant } from "@/components/ui/time";
import { useSecurityEvent } from "@/lib/client/security";
import type { SecurityEventResponse } from "@/lib/security/schemas";

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

export function EventDetail({ initial, canTriage }: { initial: SecurityEventResponse; canTriage: boolean }) {
  const query = useSecurityEvent(initial.id, initial);
  const e = query.data ?? initial;
  const facts: Fact[] = [
    {
      label: "When",
      value: (
        <span className="font-mono text-xs">
          <Instant at={e.at} zone="utc" /> · <Instant at={e.at} relative />
        </span>
      ),
    },
    { label: "Type", value: TYPE_LABELS[e.type] },
    { label: "Source", value: <span className="font-mono text-xs">{e.source}</span> },
    { label: "Account", value: e.user ?? "—" },
    {
      label: "Rule",
      value: e.rule ? (
        <Link
          href={`/security?rule=${encodeURIComponent(e.rule)}`}
          className="font-mono text-xs hover:underline"
        >
          {e.rule}
        </Link>
      ) : (
        "—"
      ),
    },
  ];
  const details = Object.entries(e.details);
  return (
    <div className="space-y-4">
      <RecordHeader
        back={{ href: "/security", label: "Security" }}
        title={e.summary}
        badges={
          <>
            <SecuritySeverityBadge severity={e.severity} />
            <TriageBadge event={e} />
            {query.isError ? <NotUpdating /> : null}
          </>
        }
      />
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-4">
          <section aria-label="Event" className="rounded-lg border border-border bg-surface p-3">
            <FactGrid layout="side" facts={facts} />
          </section>
          <Panel title="Details">
            {details.length ? (
              <table className="w-full text-left text-sm" data-testid="event-details">
                <tbody>
                  {details.map(([key, value]) => (
                    <tr key={key} className="border-b border-border align-top last:border-0">
                      <th scope="row" className="w-40 py-1 pr-3 font-mono text-xs font-medium text-muted">
                        {key}
                      </th>
                      <td className="py-1 font-mono text-xs break-all">{show(value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm text-muted">No details were recorded.</p>
            )}
          </Panel>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <Panel title="Triage" className="space-y-3">
            {canTriage ? (
              <TriageForm event={e} />
            ) : (
              <p className="text-sm text-muted">{e.notes ?? "No notes."}</p>
            )}
          </Panel>
          <Panel title="Incident" className="space-y-2">
            {canTriage || e.incident ? (
              <EscalatePanel event={e} />
            ) : (
              <p className="text-sm text-muted">Not escalated.</p>
            )}
          </Panel>
        </div>
      </div>
    </div>
  );
}
