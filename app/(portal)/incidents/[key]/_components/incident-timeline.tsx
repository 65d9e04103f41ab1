"use client";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SkeletonRows } from "@/components/ui/states";
import { Time } from "@/components/ui/time";
import { timelineKind } from "@/app/(portal)/incidents/[key]/_components/timeline-kinds";
import { useIncidentTimeline } from "@/lib/client/incidents";

export function IncidentTimeline({ incidentKey, className }: { incidentKey: string; className?: string }) {
  const { data, isPending, isError, error, refetch, isFetching } = useIncidentTimeline(incidentKey);
  return (
    <section
      aria-labelledby="timeline-heading"
      data-testid="incident-timeline"
      className={cn("rounded-lg border border-border bg-surface p-3", className)}
    >
      <h2 id="timeline-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        Timeline
      </h2>
      {isError ? (
        <div
          role="alert"
          className="mb-2 flex items-center gap-2 rounded-md bg-danger/10 px-2 py-1.5 text-xs text-danger"
        >
          <span className="flex-1">
            {data
              ? "Live refresh failed; the timeline may be behind."
              : `Could not load the timeline: ${error.message}`}
          </span>
          <Button size="sm" variant="ghost" onClick={() => void refetch()} disabled={isFetching}>
            Retry
          </Button>
        </div>
      ) : null}
      {isPending ? (
        <SkeletonRows rows={5} columns={1} />
      ) : data && data.length === 0 ? (
        <p className="text-sm text-muted">Nothing recorded yet.</p>
      ) : data ? (
        <ol className="relative space-y-3 before:absolute before:top-2 before:bottom-2 before:left-3 before:w-px before:bg-border">
          {data.map((item) => {
            const kind = timelineKind(item.kind);
            const Icon = kind.icon;
            return (
              <li key={item.id} data-kind={item.kind} className="relative flex gap-2.5">
                <span
                  className={cn(
                    "z-10 grid size-6 shrink-0 place-items-center rounded-full border",
                    kind.tone,
                  )}
                  title={kind.label}
                >
                  <Icon aria-hidden className="size-3.5" />
                  <span className="sr-only">{kind.label}</span>
                </span>
                <div className="min-w-0 flex-1">
                  <p className="text-sm break-words">{item.summary}</p>
                  <p className="text-xs text-muted">
                    <Time iso={item.at} /> · {item.actor?.name ?? "System"}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
