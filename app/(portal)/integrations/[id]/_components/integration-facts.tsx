"use client";
// What an integration is and what its notifications did.
import { FactPair as Fact } from "@/components/ui/record-facts";
import { Instant } from "@/components/ui/time";
import type { IntegrationResponse } from "@/lib/alerts/schemas";
import type { IntegrationListItem } from "@/lib/client/integrations";

const COUNTS: [keyof IntegrationListItem["counts"], string, string][] = [
  ["received", "Received", "Notifications recorded"],
  ["deduplicated", "Deduplicated", "Folded into an open incident, or a sender's retry"],
  ["opened", "Opened", "Opened or reopened an incident"],
  ["resolved", "Resolved", "Resolved an incident"],
  ["errors", "Errors", "Refused as malformed"],
];

type Props = { integration: IntegrationResponse; counts: IntegrationListItem["counts"] | undefined };

export function IntegrationFacts({ integration: i, counts }: Props) {
  const rules = i.rules.length;
  const severityMap = Object.entries(i.severityMap)
    .map(([value, severity]) => `${value} → ${severity}`)
    .join(", ");
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="integration-counts">
        {COUNTS.map(([key, label, hint]) => (
          <div key={key} className="rounded-lg border border-border bg-surface p-3" title={hint}>
            <dt className="text-xs text-muted uppercase">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`count-${key}`}>
              {counts ? counts[key] : "—"}
            </dd>
          </div>
        ))}
      </dl>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 rounded-lg border border-border bg-surface p-3 sm:grid-cols-3">
        <Fact label="Default services">
          {i.services.length ? <span className="font-mono text-xs">{i.services.join(", ")}</span> : "None"}
        </Fact>
        <Fact label="Auto-resolve">{i.autoResolve ? "On" : "Off"}</Fact>
        <Fact label="Reopen window">{i.reopenWindowMinutes} min</Fact>
        {i.kind === "HEARTBEAT" ? (
          <>
            <Fact label="Heartbeat">
              every {i.heartbeatMinutes ?? "—"} min, missed → {i.heartbeatSeverity}
            </Fact>
            <Fact label="Last ping">
              <Instant at={i.lastPingAt} />
            </Fact>
          </>
        ) : (
          <>
            <Fact label="Routing rules">{rules ? `${rules} rule${rules === 1 ? "" : "s"}` : "None"}</Fact>
            <Fact label="Severity map">{severityMap || "None (P3)"}</Fact>
          </>
        )}
        <Fact label="Secret">
          <span className="font-mono text-xs">{i.secretPrefix}…</span>
        </Fact>
        <Fact label="Created">
          <Instant at={i.createdAt} />
        </Fact>
      </dl>
      {i.rules.length ? (
        <ol
          className="space-y-1 rounded-lg border border-border bg-surface p-3 text-sm"
          aria-label="Routing rules"
        >
          {i.rules.map((r, n) => (
            <li key={n} className="font-mono text-xs break-words">
              {n + 1}. {`{${r.matchers.map((m) => `${m.label}${m.op}"${m.value}"`).join(", ")}}`} →{" "}
              {[r.service, r.severity].filter(Boolean).join(", ")}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
