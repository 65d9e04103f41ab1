"use client";
// A month as whole UTC weeks: per day the window hours per environment, freezes, and change chips.
import { CalendarChangeLink, FreezeChip } from "@/app/(portal)/changes/_components/calendar-chips";
import { isoDate, onDay } from "@/app/(portal)/changes/_components/calendar-range";
import { ENV_SHORT, WINDOW_STYLE } from "@/app/(portal)/changes/_components/calendar-style";
import { utcClock } from "@/app/(portal)/changes/_components/utc";
import { cn } from "@/components/ui/cn";
import type { ChangeCalendar } from "@/lib/client/change-calendar";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MAX_CHIPS = 4;

type Props = { data: ChangeCalendar; days: Date[]; month: number; today: string };

export function CalendarMonth({ data, days, month, today }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface" data-testid="calendar-month">
      <div className="grid min-w-[48rem] grid-cols-7">
        {WEEKDAYS.map((d) => (
          <div
            key={d}
            className="border-b border-border px-1.5 py-1 text-xs font-medium text-muted uppercase"
          >
            {d}
          </div>
        ))}
        {days.map((day) => {
          const { windows, freezes, changes } = onDay(data, day);
          return (
            <div
              key={day.toISOString()}
              data-day={isoDate(day)}
              className={cn(
                "min-h-28 space-y-0.5 border-b border-l border-border p-1 first:border-l-0 [&:nth-child(7n+1)]:border-l-0",
                day.getUTCMonth() !== month && "bg-surface-2/60 text-muted",
              )}
            >
              <div
                className={cn(
                  "text-xs font-medium",
                  isoDate(day) === today && "inline-block rounded bg-accent px-1 text-accent-fg",
                )}
              >
                {day.getUTCDate()}
              </div>
              {windows.map((w) => (
                <div
                  key={`${w.environment}-${w.start}`}
                  className={cn(
                    "truncate rounded-sm px-1 font-mono text-[10px] text-muted",
                    WINDOW_STYLE[w.environment],
                  )}
                >
                  {ENV_SHORT[w.environment]} {utcClock(new Date(w.start))}–{utcClock(new Date(w.end))}
                </div>
              ))}
              {freezes.map((f) => (
                <FreezeChip key={f.id} title={f.title} className="rounded-sm text-[10px]" />
              ))}
              {changes.slice(0, MAX_CHIPS).map((c) => (
                <CalendarChangeLink
                  key={c.key}
                  change={c}
                  title={`${c.title}${c.conflictsWith.length ? ` · conflicts with ${c.conflictsWith.join(", ")}` : ""}`}
                  className="block truncate rounded-sm border border-border bg-surface px-1 text-[11px] hover:bg-surface-2"
                >
                  <span className="font-mono">{utcClock(new Date(c.plannedStart!))}</span>{" "}
                  <span className="font-mono font-semibold">{c.key}</span>
                  {c.conflictsWith.length ? (
                    <span className="text-danger"> · conflicts with {c.conflictsWith.join(", ")}</span>
                  ) : null}
                </CalendarChangeLink>
              ))}
              {changes.length > MAX_CHIPS ? (
                <div className="text-[10px] text-muted">+{changes.length - MAX_CHIPS} more (week view)</div>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
