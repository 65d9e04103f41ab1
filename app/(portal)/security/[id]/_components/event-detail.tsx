"use client";
// One security event: what happened, its details, and the triage (investigated, resolved, notes, escalate).
import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowLeft } from "lucide-react";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { TriageBadge } from "@/app/(portal)/security/_components/triage-badge";
import { EscalatePanel } from "@/app/(portal)/security/[id]/_components/escalate-panel";
import { TriageForm } from "@/app/(portal)/security/[id]/_components/triage-form";
import { Instant } from "@/components/ui/time";
import { useSecurityEvent } from "@/lib/client/security";
import type { SecurityEventResponse } from "@/lib/security/schemas";

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

export function EventDetail({ initial, canTriage }: { initial: SecurityEventResponse; canTriage: boolean }) {
  const query = useSecurityEvent(initial.id, initial);
  const e = query.data ?? initial;
  const facts: [string, ReactNode][] = [
    [
      "When",
      <span key="at" className="font-mono text-xs">
        <Instant at={e.at} zone="utc" /> · <Instant at={e.at} relative />
      </span>,
    ],
    ["Type", TYPE_LABELS[e.type]],
    [
      "Source",
      <span key="src" className="font-mono text-xs">
        {e.source}
      </span>,
    ],
    ["Account", e.user ?? "—"],
    [
      "Rule",
      e.rule ? (
        <Link
          key="rule"
          href={`/security?rule=${encodeURIComponent(e.rule)}`}
          className="font-mono text-xs hover:underline"
        >
          {e.rule}
        </Link>
      ) : (
        "—"
      ),
    ],
  ];
  const details = Object.entries(e.details);
  return (
    <div className="space-y-4">
      <Link href="/security" className="inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-4" /> Security
      </Link>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <SecuritySeverityBadge severity={e.severity} />
          <TriageBadge event={e} />
          {query.isError ? (
            <span className="text-xs text-warning">Not updating: showing the last copy</span>
          ) : null}
        </div>
        <h1 className="text-xl font-semibold tracking-tight break-words">{e.summary}</h1>
      </header>
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-4">
          <section aria-label="Event" className="rounded-lg border border-border bg-surface p-3">
            <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-muted">{label}</dt>
                  <dd className="min-w-0 break-words">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section
            aria-labelledby="details-heading"
            className="rounded-lg border border-border bg-surface p-3"
          >
            <h2 id="details-heading" className="mb-2 text-xs font-medium text-muted uppercase">
              Details
            </h2>
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
          </section>
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <section
            aria-labelledby="triage-heading"
            className="space-y-3 rounded-lg border border-border bg-surface p-3"
          >
            <h2 id="triage-heading" className="text-xs font-medium text-muted uppercase">
              Triage
            </h2>
            {canTriage ? (
              <TriageForm event={e} />
            ) : (
              <p className="text-sm text-muted">{e.notes ?? "No notes."}</p>
            )}
          </section>
          <section
            aria-labelledby="incident-heading"
            className="space-y-2 rounded-lg border border-border bg-surface p-3"
          >
            <h2 id="incident-heading" className="text-xs font-medium text-muted uppercase">
              Incident
            </h2>
            {canTriage || e.incident ? (
              <EscalatePanel event={e} />
            ) : (
              <p className="text-sm text-muted">Not escalated.</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
