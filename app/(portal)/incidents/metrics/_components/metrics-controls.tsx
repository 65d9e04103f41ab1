"use client";
// Period and service pickers. Periods are native radios drawn as a segmented control, so arrow keys move
// the choice and screen readers announce "2 of 5".
import type { SetMetricsParams } from "@/app/(portal)/incidents/metrics/_components/use-metrics-params";
import { useUrlText } from "@/components/ui/use-url-params";
import { cn } from "@/components/ui/cn";
import { Field, Input } from "@/components/ui/field";
import {
  DEFAULT_METRICS_PERIOD,
  METRICS_PERIODS,
  PERIOD_LABELS,
  utcDate,
  type MetricsPeriod,
  type MetricsSelection,
} from "@/lib/incidents/metrics-period";

const DAY_MS = 86_400_000;

type Props = { selection: MetricsSelection; setParams: SetMetricsParams; rangeError: string | null };

export function MetricsControls({ selection, setParams, rangeError }: Props) {
  const [from, setFrom] = useUrlText("from", selection.from, setParams);
  const [to, setTo] = useUrlText("to", selection.to, setParams);
  const [service, setService] = useUrlText("service", selection.service, setParams);

  const choose = (period: MetricsPeriod) => {
    if (period !== "custom")
      return setParams({ period: period === DEFAULT_METRICS_PERIOD ? "" : period, from: "", to: "" });
    // A custom period starts as the last 30 UTC days, today included, a range the user then narrows or widens.
    const today = new Date();
    setParams({
      period,
      from: selection.from || utcDate(new Date(today.getTime() - 29 * DAY_MS)),
      to: selection.to || utcDate(today),
    });
  };

  return (
    <div
      role="search"
      aria-label="Metrics period and service"
      className="mb-4 flex flex-wrap items-start gap-3"
    >
      <fieldset>
        <legend className="mb-1 block text-sm font-medium">Period</legend>
        <div className="flex flex-wrap gap-1 rounded-md border border-border bg-surface p-1">
          {METRICS_PERIODS.map((p) => (
            <label
              key={p}
              className={cn(
                "cursor-pointer rounded px-2.5 py-1 text-sm whitespace-nowrap has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus",
                selection.period === p
                  ? "bg-accent/15 font-medium text-accent ring-1 ring-accent/40"
                  : "hover:bg-surface-2",
              )}
            >
              <input
                type="radio"
                name="metrics-period"
                value={p}
                checked={selection.period === p}
                onChange={() => choose(p)}
                className="sr-only"
              />
              {PERIOD_LABELS[p]}
            </label>
          ))}
        </div>
      </fieldset>
      {selection.period === "custom" ? (
        <>
          <div className="w-40">
            <Field label="From (UTC)">
              {(id) => (
                <Input
                  id={id}
                  type="date"
                  value={from}
                  max={to || undefined}
                  onChange={(e) => setFrom(e.target.value)}
                  aria-invalid={!!rangeError}
                />
              )}
            </Field>
          </div>
          <div className="w-40">
            <Field label="To (UTC, included)" error={rangeError ?? undefined}>
              {(id, describedBy) => (
                <Input
                  id={id}
                  type="date"
                  value={to}
                  min={from || undefined}
                  onChange={(e) => setTo(e.target.value)}
                  aria-invalid={!!rangeError}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
          </div>
        </>
      ) : null}
      <div className="w-44">
        <Field label="Service">
          {(id) => (
            <Input
              id={id}
              type="search"
              value={service}
              onChange={(e) => setService(e.target.value.toLowerCase())}
              placeholder="All services"
              maxLength={63}
              spellCheck={false}
              className="font-mono"
            />
          )}
        </Field>
      </div>
    </div>
  );
}
