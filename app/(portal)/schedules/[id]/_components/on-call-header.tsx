"use client";
// The schedule page's headline: who is on call now and until when, who comes next and from when. Both
// answers come from the API's on-call question (now, then at the next handoff), so a stretch that
// crosses an override of the same person reads as one.
import { Skeleton } from "@/app/(portal)/schedules/[id]/_components/skeleton";
import { Badge } from "@/components/ui/badge";
import { Instant } from "@/components/ui/time";
import { useNow } from "@/components/ui/use-now";
import { ZonedTime } from "@/components/ui/zoned-time";
import { useOnCall, type OnCallNow } from "@/lib/client/schedules";

/** An instant in the viewer's zone (Instant), then on the schedule's wall clock, named. */
function BothTimes({ at, timeZone }: { at: string; timeZone: string }) {
  return (
    <>
      <Instant at={at} />{" "}
      <span className="text-xs text-muted">
        (<ZonedTime at={at} timeZone={timeZone} withDay /> schedule time)
      </span>
    </>
  );
}

function Who({ answer, isOverride }: { answer: OnCallNow; isOverride: boolean }) {
  if (!answer.person) return <Badge tone="danger">Nobody: a gap</Badge>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <strong data-testid="on-call-person">{answer.person.name}</strong>
      {isOverride ? <Badge tone="warning">Override</Badge> : null}
    </span>
  );
}

export function OnCallHeader({ scheduleId, timeZone }: { scheduleId: string; timeZone: string }) {
  const now = useNow(60_000);
  const current = useOnCall(scheduleId, now === null ? null : new Date(now).toISOString());
  const until = current.data?.until ?? null;
  const next = useOnCall(scheduleId, until);

  return (
    <section
      aria-label="Who is on call"
      className="mb-4 grid gap-2 rounded-lg border border-border bg-surface p-3 text-sm sm:grid-cols-2"
    >
      <p
        data-testid="on-call-now"
        aria-live="polite"
        className="flex flex-wrap items-center gap-x-1.5 gap-y-1"
      >
        <span className="text-muted">On call now:</span>
        {current.error && !current.data ? (
          <span className="text-danger">could not be computed ({current.error.message})</span>
        ) : !current.data ? (
          <Skeleton label="Finding who is on call" />
        ) : (
          <>
            <Who answer={current.data} isOverride={current.data.layer === "override"} />
            {until ? (
              <span>
                until <BothTimes at={until} timeZone={timeZone} />
              </span>
            ) : (
              <span className="text-muted">with no handoff within 400 days</span>
            )}
          </>
        )}
      </p>
      <p data-testid="on-call-next" className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        <span className="text-muted">Next:</span>
        {!until ? (
          current.data ? (
            <span className="text-muted">nobody else within 400 days</span>
          ) : (
            <Skeleton label="Finding who is next" />
          )
        ) : next.error && !next.data ? (
          <span className="text-danger">could not be computed ({next.error.message})</span>
        ) : !next.data ? (
          <Skeleton label="Finding who is next" />
        ) : (
          <>
            <Who answer={next.data} isOverride={next.data.layer === "override"} />
            <span>
              from <BothTimes at={until} timeZone={timeZone} />
            </span>
          </>
        )}
      </p>
    </section>
  );
}
