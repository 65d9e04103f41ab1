"use client";
// A layer's restrictions: weekly windows in the schedule's zone when the layer has someone on call
// (Mon–Fri 09:00–17:00). Outside them the next layer shows through, or a gap.
import { Plus, X } from "lucide-react";
import {
  WORKING_HOURS,
  type RestrictionRow,
} from "@/app/(portal)/schedules/_components/schedule-form-values";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { MAX_RESTRICTIONS, WEEKDAYS, type Weekday } from "@/lib/oncall/schemas";

const DAY_NAMES: Record<Weekday, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

type Props = {
  layerLabel: string;
  value: RestrictionRow[];
  onChange: (rows: RestrictionRow[]) => void;
  /** The error at "<index>.<field>" inside this layer's restrictions. */
  errorOf: (path: string) => string | undefined;
};

export function RestrictionRows({ layerLabel, value, onChange, errorOf }: Props) {
  const update = (i: number, patch: Partial<RestrictionRow>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const toggleDay = (i: number, day: Weekday) => {
    const days = value[i]!.days;
    update(i, {
      days: days.includes(day)
        ? days.filter((d) => d !== day)
        : WEEKDAYS.filter((d) => d === day || days.includes(d)),
    });
  };

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium">Restrictions</legend>
      <p className="text-xs text-muted">
        {value.length
          ? "The layer has someone on call only inside these windows, on the schedule's wall clock. An end at or before the start runs into the next day; 24:00 is midnight."
          : "None: the layer has someone on call around the clock."}
      </p>
      {value.map((r, i) => {
        const n = `${layerLabel}, window ${i + 1}`;
        const daysError = errorOf(`${i}.days`);
        return (
          <div
            key={i}
            data-testid="restriction-row"
            className="space-y-2 rounded-md border border-border p-2"
          >
            <fieldset aria-label={`${n}: days`} className="flex flex-wrap gap-1">
              {WEEKDAYS.map((d) => (
                <label
                  key={d}
                  className="inline-flex min-h-9 items-center gap-1 rounded border border-border px-2 text-sm has-[:checked]:border-accent/50 has-[:checked]:bg-accent/10"
                >
                  <input
                    type="checkbox"
                    checked={r.days.includes(d)}
                    onChange={() => toggleDay(i, d)}
                    className="size-4 accent-[var(--accent)]"
                  />
                  {DAY_NAMES[d]}
                </label>
              ))}
            </fieldset>
            {daysError ? (
              <p role="alert" className="text-xs text-danger">
                {daysError}
              </p>
            ) : null}
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-[10rem_10rem_auto] sm:items-end">
              <TextField
                label="From"
                value={r.start}
                onValue={(v) => update(i, { start: v })}
                error={errorOf(`${i}.start`)}
                className="font-mono"
                aria-label={`${n}: from (HH:MM)`}
              />
              <TextField
                label="To"
                value={r.end}
                onValue={(v) => update(i, { end: v })}
                error={errorOf(`${i}.end`)}
                className="font-mono"
                aria-label={`${n}: to (HH:MM)`}
              />
              <Button
                variant="ghost"
                className="col-span-2 justify-self-start sm:col-span-1"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
                aria-label={`Remove ${n}`}
              >
                <X aria-hidden className="size-4" /> Remove
              </Button>
            </div>
          </div>
        );
      })}
      {value.length < MAX_RESTRICTIONS ? (
        <Button
          size="sm"
          onClick={() => onChange([...value, { ...WORKING_HOURS, days: [...WORKING_HOURS.days] }])}
        >
          <Plus aria-hidden className="size-3.5" /> Add a window
        </Button>
      ) : null}
    </fieldset>
  );
}
