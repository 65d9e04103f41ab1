// How deliveries and team webhooks read on screen (pure): statuses, attempt outcomes, the 24-hour success
// rate and when it needs a look, the events a webhook takes in a few words. Shared by /webhooks and /outbox.
import { formatDuration } from "@/components/ui/format-duration";
import type { DeliveryResponse, WebhookResponse } from "@/lib/webhooks/schemas";

export const DELIVERY_STATUS_LABELS = {
  PENDING: "Pending",
  DELIVERED: "Delivered",
  FAILED: "Failed",
} as const;
export const DELIVERY_STATUS_TONES = { PENDING: "warning", DELIVERED: "success", FAILED: "danger" } as const;
export const DELIVERY_STATUSES = ["DELIVERED", "PENDING", "FAILED"] as const;

export const CHANNEL_LABELS = {
  EMAIL: "E-mail",
  CHAT: "Chat",
  WEBHOOK: "Personal webhook",
  SUBSCRIPTION: "Team webhook",
} as const;
export const CHANNELS = ["EMAIL", "CHAT", "WEBHOOK", "SUBSCRIPTION"] as const;

const OUTCOME_LABELS: Record<string, string> = {
  delivered: "Delivered",
  outbox: "Kept in the outbox",
  retry: "Failed, will retry",
  failed: "Failed, given up",
};
export const outcomeLabel = (outcome: string) => OUTCOME_LABELS[outcome] ?? outcome;

/** True when the e-mail never left: no SMTP server, so it was kept in the portal's outbox. */
export const isKeptInOutbox = (d: Pick<DeliveryResponse, "attemptLog">) =>
  d.attemptLog.some((a) => a.outcome === "outbox");

/** A send's duration: milliseconds under a second (most are), the product's duration style above. */
export const sendDuration = (ms: number | null): string =>
  ms === null ? "—" : ms < 1000 ? `${ms} ms` : formatDuration(ms);

/** 0.9876 → "98.7 %": rounded down, so anything short of every delivery never reads 100 %. */
export function rateText(rate: number | null): string {
  if (rate === null) return "—";
  const tenths = Math.floor(rate * 1000) / 10;
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)} %`;
}

/** Why a webhook needs a look, in words; null when all went through and nothing waits. */
export function webhookTrouble(stats: WebhookResponse["stats"]): string | null {
  const reasons: string[] = [];
  if (stats.successRate24h !== null && stats.successRate24h < 1)
    reasons.push(`${stats.failed24h} failed in 24 h`);
  if (stats.pending > 0) reasons.push(`${stats.pending} waiting to be sent or retried`);
  return reasons.length ? reasons.join(", ") : null;
}

/** The events a webhook takes, short: "Every event", or the first two and how many more. */
export function eventsSummary(events: readonly string[]): string {
  if (events.includes("*")) return "Every event";
  if (events.length <= 2) return events.join(", ");
  return `${events.slice(0, 2).join(", ")} and ${events.length - 2} more`;
}

/** The answer to an attempt: an HTTP status, or the SMTP server's reply code for e-mail. */
export const answerText = (channel: DeliveryResponse["channel"], code: number | null) =>
  code === null ? "no answer" : `${channel === "EMAIL" ? "SMTP" : "HTTP"} ${code}`;

/** What a resend came to, in a sentence. */
export function resendText(d: DeliveryResponse): string {
  const last = d.attemptLog.at(-1);
  if (d.status === "PENDING")
    return last?.manual && last.outcome === "retry"
      ? `Resent ${d.id}: it failed again (${d.lastError ?? "no answer"}); the next retry is queued.`
      : `Resent ${d.id}: queued, it goes out within a minute.`;
  if (last?.outcome === "outbox")
    return `Resent ${d.id}: kept in the outbox again (no SMTP server is configured).`;
  const outcome = last ? outcomeLabel(last.outcome) : d.status === "DELIVERED" ? "Delivered" : "Failed";
  return `Resent ${d.id}: ${outcome.toLowerCase()}, ${answerText(d.channel, d.lastStatusCode)} in ${sendDuration(d.lastDurationMs)}.`;
}
