// Every attempt of one delivery, oldest first: when, how long, the answer or the error, what came of it.
import { answerText, outcomeLabel, sendDuration } from "@/app/(portal)/webhooks/_components/delivery-words";
import { Badge } from "@/components/ui/badge";
import { Instant } from "@/components/ui/time";
import type { DeliveryResponse } from "@/lib/webhooks/schemas";

const OUTCOME_TONES: Record<string, "success" | "accent" | "warning" | "danger"> = {
  delivered: "success",
  outbox: "accent",
  retry: "warning",
  failed: "danger",
};

export function AttemptList({ delivery }: { delivery: DeliveryResponse }) {
  if (delivery.attemptLog.length === 0)
    return (
      <p className="text-xs text-muted" data-testid="attempt-list">
        Not attempted yet: it is sent within seconds.
      </p>
    );
  return (
    <ol className="space-y-1 text-xs" aria-label={`Attempts of ${delivery.id}`} data-testid="attempt-list">
      {delivery.attemptLog.map((a) => (
        <li key={a.attempt} className="flex flex-wrap items-center gap-x-2 gap-y-0.5" data-testid="attempt">
          <span className="font-medium">Attempt {a.attempt}</span>
          {a.manual ? <Badge>Resent by hand</Badge> : null}
          <Instant at={a.startedAt} seconds />
          <Badge tone={OUTCOME_TONES[a.outcome] ?? "neutral"}>{outcomeLabel(a.outcome)}</Badge>
          {a.outcome === "outbox" ? null : (
            <span className="tabular-nums">{answerText(delivery.channel, a.statusCode)}</span>
          )}
          <span className="text-muted tabular-nums">{sendDuration(a.durationMs)}</span>
          {a.error ? <span className="basis-full break-words text-danger">{a.error}</span> : null}
        </li>
      ))}
    </ol>
  );
}
