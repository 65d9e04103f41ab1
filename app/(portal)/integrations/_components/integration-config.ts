// The copy-paste configuration an integration's page offers: the same blocks as docs/alerts.md, with
// this integration's address (the origin is the browser's, so it is the address senders reach).
// Pure: unit-tested.
import type { IntegrationKind } from "@/lib/alerts/schemas";

export type ConfigBlock = { id: string; label: string; text: string };

/** An `alertmanager.yml` receiver whose webhook is this integration; the secret stays in a file. */
export function alertmanagerReceiver(url: string): string {
  return [
    "receivers:",
    "  - name: neuron-ops",
    "    webhook_configs:",
    `      - url: ${url}`,
    "        send_resolved: true",
    "        max_alerts: 100",
    "        http_config:",
    "          authorization:",
    "            type: Bearer",
    "            credentials_file: /etc/alertmanager/neuron-secret",
  ].join("\n");
}

/** A PagerDuty Events API v2 trigger sent with curl; the secret goes in `routing_key`. */
export function eventsCurl(url: string): string {
  return [
    `curl -X POST ${url} \\`,
    "  -H 'content-type: application/json' \\",
    `  -d '{"routing_key":"SECRET","event_action":"trigger","dedup_key":"disk-full-db1",`,
    `       "payload":{"summary":"Disk full on db1","source":"db1","severity":"error"}}'`,
  ].join("\n");
}

/** A heartbeat ping, e.g. from cron every few minutes. */
export function heartbeatCurl(url: string): string {
  return `curl -X POST -H 'authorization: Bearer SECRET' ${url}`;
}

/** The blocks for an integration of `kind` whose intake path is `path`, on `origin`. */
export function configBlocks(origin: string, kind: IntegrationKind, path: string): ConfigBlock[] {
  const url = `${origin.replace(/\/+$/, "")}${path}`;
  if (kind === "ALERTMANAGER")
    return [{ id: "alertmanager", label: "alertmanager.yml receiver", text: alertmanagerReceiver(url) }];
  if (kind === "EVENTS") return [{ id: "events", label: "Events API v2 with curl", text: eventsCurl(url) }];
  return [{ id: "heartbeat", label: "Heartbeat with curl (cron)", text: heartbeatCurl(url) }];
}
