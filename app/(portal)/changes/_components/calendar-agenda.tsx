"use client";
// Phones: the same range as a list of days, since seven columns do not fit a narrow screen.
import Link from "next/link";
import { isoDate, onDay } from "@/app/(portal)/changes/_components/calendar-range";
import { ENV_SHORT, FREEZE_STYLE } from "@/app/(portal)/changes/_components/calendar-style";
import { ChangeStatusBadge, RiskBadge } from "@/app/(portal)/changes/_components/change-badges";
import { utcClock, utcDay } from "@/app/(portal)/changes/_components/utc";
import { cn } from "@/components/ui/cn";
import type { ChangeCalendar } from "@/lib/client/change-calendar";

export function CalendarAgenda({ data, days, today }: { data: ChangeCalendar; days: Date[]; today: string }) {
  return (
    <ol className="space-y-2" data-testid="calendar-agenda">
      {days.map((day) => {
        const { windows, freezes, changes } = onDay(data, day);
        if (!changes.length && !freezes.length && !windows.length) return null;
        return (
          <li key={day.toISOString()} className="rounded-lg border border-border bg-surface p-2">
            <h3 className={cn("text-sm font-medium", isoDate(day) === today && "text-accent")}>
              {utcDay(day)}
            </h3>
            <p className="font-mono text-[11px] text-muted">
              {windows
                .map(
                  (w) =>
                    `${ENV_SHORT[w.environment]} ${utcClock(new Date(w.start))}–${utcClock(new Date(w.end))}`,
                )
                .join(" · ")}
            </p>
            {freezes.map((f) => (
              <p key={f.id} className={cn("mt-1 rounded px-1 text-xs", FREEZE_STYLE)}>
                ❄ Freeze: {f.title}
              </p>
            ))}
            <ul className="mt-1 space-y-1">
              {changes.map((c) => (
                <li
                  key={c.key}
                  className={cn(
                    "rounded border border-border p-1 text-sm",
                    c.conflictsWith.length && "border-danger",
                  )}
                >
                  <div className="flex flex-wrap items-center gap-1.5">
                    <span className="font-mono text-xs">
                      {utcClock(new Date(c.plannedStart!))}–{utcClock(new Date(c.plannedEnd!))}
                    </span>
                    <Link
                      href={`/changes/${c.key}`}
                      className="font-mono text-xs font-semibold hover:underline"
                    >
                      {c.key}
                    </Link>
                    <RiskBadge level={c.riskLevel} />
                    <ChangeStatusBadge status={c.status} />
                  </div>
                  <p className="truncate">{c.title}</p>
                  {c.conflictsWith.length ? (
                    <p className="text-xs text-danger">Conflicts with {c.conflictsWith.join(", ")}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
