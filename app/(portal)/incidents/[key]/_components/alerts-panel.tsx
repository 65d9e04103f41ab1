"use client";
// The alerts grouped into an incident: each group (its integration, firing or resolved, fire count,
// alerts Alertmanager left out) and each alert's status, labels, times and source link. Labels and
// annotations are whatever the sender wrote: they are rendered as text, never as markup.
import Link from "next/link";
import { BellRing, ExternalLink } from "lucide-react";
import { isWebLink } from "@/app/(portal)/incidents/_components/alert-display";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Panel } from "@/components/ui/panel";
import { QueryStates } from "@/components/ui/query-states";
import { Instant } from "@/components/ui/time";
import { useIncidentAlerts, type IncidentAlertGroup } from "@/lib/client/integrations";

export function AlertsPanel({ incidentKey, className }: { incidentKey: string; className?: string }) {
  const alerts = useIncidentAlerts(incidentKey, true);
  return (
    <Panel
      title="Alerts"
      icon={<BellRing aria-hidden className="size-3.5" />}
      testId="alerts-panel"
      className={cn("space-y-2", className)}
    >
      <QueryStates
        query={alerts}
        what="The alerts"
        isEmpty={alerts.data?.items.length === 0}
        empty={{ title: "No alerts recorded" }}
      >
        {alerts.data?.items.map((g) => (
          <AlertGroup key={`${g.integration.id}:${g.groupKey}`} group={g} />
        ))}
      </QueryStates>
    </Panel>
  );
}

function AlertGroup({ group: g }: { group: IncidentAlertGroup }) {
  return (
    <div className="space-y-2" data-testid="alert-group">
      <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
        <Badge tone={g.firing ? "danger" : "success"}>{g.firing ? "Firing" : "Resolved"}</Badge>
        <Link href={`/integrations/${g.integration.id}`} className="font-medium text-fg hover:underline">
          {g.integration.name}
        </Link>
        <span>
          fired {g.fireCount === 1 ? "once" : `${g.fireCount} times`} · last{" "}
          <Instant at={g.lastSeenAt} relative />
        </span>
      </p>
      {g.truncatedAlerts > 0 ? (
        <p className="text-xs text-warning" data-testid="truncated-alerts">
          {g.truncatedAlerts} more alert{g.truncatedAlerts === 1 ? "" : "s"} left out by the sender (its
          max_alerts).
        </p>
      ) : null}
      <ul className="space-y-2">
        {g.alerts.map((a) => (
          <li
            key={a.fingerprint}
            className="space-y-1 rounded-md border border-border p-2"
            data-testid="alert-item"
          >
            <div className="flex flex-wrap items-center gap-2 text-xs">
              <Badge tone={a.status === "firing" ? "danger" : "success"}>{a.status}</Badge>
              <span className="font-medium text-sm break-words">
                {a.annotations.summary ?? a.labels.alertname ?? a.fingerprint}
              </span>
            </div>
            <ul className="flex flex-wrap gap-1" aria-label="Labels">
              {Object.entries(a.labels).map(([name, value]) => (
                <li
                  key={name}
                  className="rounded bg-surface-2 px-1.5 py-0.5 font-mono text-xs break-all"
                  data-testid="alert-label"
                >
                  {name}={value}
                </li>
              ))}
            </ul>
            <p className="flex flex-wrap gap-x-3 text-xs text-muted">
              <span>
                Started <Instant at={a.startsAt} />
              </span>
              {a.endsAt ? (
                <span>
                  Ended <Instant at={a.endsAt} />
                </span>
              ) : null}
              {isWebLink(a.generatorURL) ? (
                <a
                  href={a.generatorURL}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="inline-flex items-center gap-0.5 text-accent hover:underline"
                >
                  Source <ExternalLink aria-hidden className="size-3" />
                </a>
              ) : a.generatorURL ? (
                <span className="break-all">Source: {a.generatorURL}</span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
