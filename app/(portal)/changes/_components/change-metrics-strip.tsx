"use client";
// The last 90 days at a glance: how often changes land cleanly, and how many incidents they caused.
import { cn } from "@/components/ui/cn";
import { CHANGE_SUCCESS_DEFINITION, describeChangeSuccess } from "@/lib/changes/change-success";
import { useChangeMetrics, type ChangeMetrics } from "@/lib/client/changes";

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 1000) / 10}%`);

export function ChangeMetricsStrip({ initial }: { initial?: ChangeMetrics }) {
  const { data, isError } = useChangeMetrics(initial);
  const rate = data?.successRate ?? null;
  const tone =
    rate === null
      ? "text-muted"
      : rate >= 0.9
        ? "text-success"
        : rate >= 0.75
          ? "text-warning"
          : "text-danger";
  return (
    <section
      aria-label="Change metrics, last 90 days"
      data-testid="change-metrics"
      className="mb-3 flex flex-wrap items-center gap-2 text-sm"
    >
      <span className="text-xs text-muted uppercase">90 days</span>
      <span
        className="rounded-md border border-border bg-surface px-2 py-0.5"
        title={CHANGE_SUCCESS_DEFINITION}
      >
        <span className={cn("font-mono font-semibold tabular-nums", tone)}>{data ? percent(rate) : "–"}</span>{" "}
        change success
        {data ? <span className="text-muted"> ({describeChangeSuccess(data)})</span> : null}
      </span>
      <span className="rounded-md border border-border bg-surface px-2 py-0.5">
        <span className="font-mono tabular-nums">{data?.rolledBack ?? "–"}</span> rolled back
      </span>
      <span
        className={cn(
          "rounded-md border px-2 py-0.5",
          data?.changeCausedIncidents
            ? "border-danger/40 bg-danger/10 text-danger"
            : "border-border bg-surface",
        )}
      >
        <span className="font-mono tabular-nums">{data?.changeCausedIncidents ?? "–"}</span> change-caused
        incident{data?.changeCausedIncidents === 1 ? "" : "s"}
      </span>
      {isError ? <span className="text-xs text-warning">Metrics could not be refreshed</span> : null}
    </section>
  );
}
