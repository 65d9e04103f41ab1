// The sample notification "Send test alert" records: what a sender of the integration's kind would send
// now. Pure: unit-tested against the intake's own payload schemas.
import type { IntegrationKind } from "@/lib/alerts/schemas";

/** The group a test notification belongs to: repeated tests update one incident rather than open many. */
export const TEST_GROUP_KEY = "neuron-ops-test";

/** A sample notification in the shape `kind` sends, as a sender would send it now. */
export function sampleNotificationBody(kind: IntegrationKind, now: Date): string {
  if (kind === "HEARTBEAT") return "";
  if (kind === "EVENTS")
    return JSON.stringify({
      event_action: "trigger",
      dedup_key: TEST_GROUP_KEY,
      payload: {
        summary: "Test alert from Neuron Ops",
        source: "neuron-ops",
        severity: "info",
        timestamp: now.toISOString(),
      },
    });
  const labels = { alertname: "NeuronOpsTestAlert", severity: "warning" };
  const annotations = {
    summary: "Test alert from Neuron Ops",
    description: "Sent from the integration's page to check that alerts arrive.",
  };
  return JSON.stringify({
    version: "4",
    groupKey: `{}:{alertname="NeuronOpsTestAlert",test="${TEST_GROUP_KEY}"}`,
    truncatedAlerts: 0,
    status: "firing",
    receiver: "neuron-ops",
    groupLabels: { alertname: labels.alertname },
    commonLabels: labels,
    commonAnnotations: annotations,
    externalURL: "",
    alerts: [
      { status: "firing", labels, annotations, startsAt: now.toISOString(), fingerprint: "neuronopstest" },
    ],
  });
}
