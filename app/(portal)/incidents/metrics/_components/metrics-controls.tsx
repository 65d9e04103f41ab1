"use client";
// Period and service pickers: the kit's segmented radios for the period (arrow keys move the choice,
// screen readers announce "2 of 5") and its date inputs, which say the day they send, for a custom one.
import type { SetMetricsParams } from "@/app/(portal)/incidents/metrics/_components/use-metrics-params";
import { useUrlText } from "@/components/ui/use-url-params";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateInput } from "@/components/ui/date-time-input";
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
const PERIOD_CHOICES = METRICS_PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }));

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
      <ChoiceGroup
        name="metrics-period"
        legend="Period"
        choices={PERIOD_CHOICES}
        value={selection.period}
        onChange={choose}
      />
      {selection.period === "custom" ? (
        <>
          <div className="w-40">
            <DateInput label="From (UTC)" value={from} max={to || undefined} onChange={setFrom} />
          </div>
          <div className="w-40">
            <DateInput
              label="To (UTC, included)"
              value={to}
              min={from || undefined}
              onChange={setTo}
              error={rangeError ?? undefined}
            />
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
