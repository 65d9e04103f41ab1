"use client";
// The final schedule as a week (default) or a month in the schedule's zone, from the timeline API: a lane
// per day, overrides marked, gaps in red and listed with their ranges. [ and ] step back and forward,
// t returns to today, w and m switch the view; the `?` help lists them.
import { useState } from "react";
import { AlertTriangle, ChevronLeft, ChevronRight } from "lucide-react";
import { DayLanes } from "@/app/(portal)/schedules/[id]/_components/day-lanes";
import {
  calendarSpan,
  gapsOf,
  localDayIn,
  spanTitle,
  stepAnchor,
  type CalendarView,
} from "@/app/(portal)/schedules/_components/schedule-view";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { LoadError } from "@/components/ui/load-error";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { SkeletonRows } from "@/components/ui/states";
import { useNow } from "@/components/ui/use-now";
import { zoneName } from "@/components/ui/zone-format";
import { ZonedTime } from "@/components/ui/zoned-time";
import { useTimeline } from "@/lib/client/schedules";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

export function ScheduleCalendar({ schedule }: { schedule: ScheduleResponse }) {
  const { id, timeZone } = schedule;
  const now = useNow(60_000);
  const today = now === null ? null : localDayIn(now, timeZone);
  const [view, setView] = useState<CalendarView>("week");
  const [picked, setPicked] = useState<number | null>(null);
  const anchor = picked ?? today;
  const span = anchor === null ? null : calendarSpan(view, anchor, timeZone);
  const timeline = useTimeline(id, span && { from: span.from, to: span.to });
  // An earlier range's answer (kept while the next loads) would fall on the wrong days: wait for this one.
  const data = timeline.isPlaceholderData ? undefined : timeline.data;

  const step = (s: -1 | 1) => anchor !== null && setPicked(stepAnchor(view, anchor, s));
  useShortcuts([
    { key: "[", label: `Previous ${view}`, hint: "previous", run: () => step(-1) },
    { key: "]", label: `Next ${view}`, hint: "next", run: () => step(1) },
    { key: "t", label: "Back to today", hint: "today", run: () => setPicked(null) },
    { key: "w", label: "Week view", hint: "week", run: () => setView("week") },
    { key: "m", label: "Month view", hint: "month", run: () => setView("month") },
  ]);

  const gaps = data ? gapsOf(data.segments) : [];
  const layerNames = schedule.layers.map((l, i) => l.name ?? `layer ${i + 1}`);

  return (
    <section aria-labelledby="calendar-heading" className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1">
          <Button size="sm" onClick={() => step(-1)} aria-label={`Previous ${view}`} aria-keyshortcuts="[">
            <ChevronLeft aria-hidden className="size-4" />
          </Button>
          <Button size="sm" onClick={() => setPicked(null)} aria-keyshortcuts="t">
            Today
          </Button>
          <Button size="sm" onClick={() => step(1)} aria-label={`Next ${view}`} aria-keyshortcuts="]">
            <ChevronRight aria-hidden className="size-4" />
          </Button>
        </div>
        <h2 id="calendar-heading" className="min-w-44 text-sm font-semibold" aria-live="polite">
          {span ? spanTitle(view, span) : "This week"}{" "}
          <span className="font-normal text-muted">
            {timeZone}
            {span ? ` (${zoneName(span.from, timeZone)})` : ""}
          </span>
        </h2>
        <div role="group" aria-label="View" className="flex rounded-md border border-border p-0.5">
          {(["week", "month"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              aria-keyshortcuts={v[0]}
              onClick={() => setView(v)}
              className={cn(
                "min-h-7 rounded px-2 py-0.5 text-sm capitalize",
                view === v ? "bg-accent/15 text-accent" : "hover:bg-surface-2",
              )}
            >
              {v}
            </button>
          ))}
        </div>
        <div className="ml-auto">
          <KeyLegend />
        </div>
      </div>
      <ul aria-label="Legend" className="flex flex-wrap gap-3 text-xs text-muted">
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm border border-accent/40 bg-accent/10" /> From a
          layer
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm border border-dashed border-warning/60 bg-warning/15" />{" "}
          Override
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm border border-danger bg-danger/10" /> Gap: nobody
          on call
        </li>
      </ul>
      {timeline.error && !data ? (
        <LoadError
          title="The schedule could not be computed"
          error={timeline.error}
          onRetry={() => void timeline.refetch()}
        />
      ) : !data || !span ? (
        <div role="status" aria-busy="true" aria-label="Loading the schedule">
          <SkeletonRows rows={7} columns={1} />
        </div>
      ) : (
        <div className="space-y-3">
          {gaps.length ? (
            <div
              role="note"
              data-testid="calendar-gaps"
              className="rounded-md border border-danger/40 bg-danger/5 p-2 text-sm text-danger"
            >
              <p className="flex items-center gap-1 font-medium">
                <AlertTriangle aria-hidden className="size-4" />
                {gaps.length === 1 ? "1 gap" : `${gaps.length} gaps`} in this {view}: nobody is on call
              </p>
              <ul className="mt-1 list-disc space-y-0.5 pl-6">
                {gaps.map((g) => (
                  <li key={g.from} data-testid="calendar-gap">
                    <ZonedTime at={g.from} timeZone={timeZone} withDay /> to{" "}
                    <ZonedTime at={g.to} timeZone={timeZone} withDay isEnd />
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-sm text-muted">No gap in this {view}: someone is on call throughout.</p>
          )}
          <DayLanes
            timeline={data}
            days={span.days}
            timeZone={timeZone}
            today={today}
            layerNames={layerNames}
          />
        </div>
      )}
    </section>
  );
}
