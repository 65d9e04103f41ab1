"use client";
// The final schedule one local day per row, in the schedule's zone: from `md` up each day is a lane
// with its stretches placed by time, on phones a stacked list of them. Both are the same DOM restyled
// by CSS. Each stretch is named (the person, an override, or a gap in red) with its times on the
// schedule's wall clock; hovering a time gives the viewer's own where it differs.
import type { CSSProperties } from "react";
import {
  dayLabel,
  piecesByDay,
  type CalendarDay,
  type DayPiece,
} from "@/app/(portal)/schedules/_components/schedule-view";
import { cn } from "@/components/ui/cn";
import { ZonedTime } from "@/components/ui/zoned-time";
import type { Timeline } from "@/lib/client/schedules";

const KIND_CLASS = {
  layer: "border-accent/40 bg-accent/10",
  override: "border-warning/60 bg-warning/15 border-dashed",
  gap: "border-danger bg-danger/10 text-danger",
} as const;

const kindOf = (p: DayPiece) =>
  p.segment.isGap ? "gap" : p.segment.layer === "override" ? "override" : "layer";

type Props = {
  timeline: Timeline;
  days: readonly CalendarDay[];
  timeZone: string;
  today: number | null;
  /** Layer names by index, for the hover text. */
  layerNames: readonly string[];
};

export function DayLanes({ timeline, days, timeZone, today, layerNames }: Props) {
  const names = new Map(timeline.people.map((p) => [p.id, p.name]));
  const byDay = piecesByDay(timeline.segments, days);
  return (
    <ol aria-label="Who is on call, day by day" className="space-y-1" data-testid="calendar-days">
      {days.map((d, i) => {
        const pieces = byDay[i] ?? [];
        const isToday = d.day === today;
        return (
          <li
            key={d.day}
            data-testid="calendar-day"
            data-today={isToday ? "true" : undefined}
            className={cn(
              "grid gap-1 rounded-md border p-1.5 md:grid-cols-[7.5rem_minmax(0,1fr)] md:items-center md:gap-2",
              isToday ? "border-accent/50" : "border-border",
            )}
          >
            <h3 className="text-sm font-medium">
              {dayLabel(d.day)}
              {isToday ? <span className="ml-1 text-xs font-normal text-accent">today</span> : null}
            </h3>
            <ul
              aria-label={`${dayLabel(d.day)}: who is on call`}
              className="space-y-1 md:relative md:h-11 md:space-y-0 md:overflow-hidden md:rounded md:bg-surface-2"
            >
              {pieces.map((p) => {
                const kind = kindOf(p);
                const who = p.segment.userId
                  ? (names.get(p.segment.userId) ?? "Unknown person")
                  : "Gap: nobody on call";
                const source =
                  kind === "override"
                    ? "override"
                    : kind === "gap"
                      ? null
                      : (layerNames[p.segment.layer as number] ?? `layer ${(p.segment.layer as number) + 1}`);
                return (
                  <li
                    key={p.segment.from}
                    data-testid="calendar-segment"
                    data-kind={kind}
                    style={{ "--l": `${p.left}%`, "--w": `${p.width}%` } as CSSProperties}
                    title={`${who}${source ? ` (${source})` : ""}`}
                    className={cn(
                      "flex flex-wrap items-baseline gap-x-2 rounded border px-2 py-1 text-sm",
                      "md:absolute md:inset-y-0.5 md:left-[var(--l)] md:w-[var(--w)] md:flex-col md:flex-nowrap md:gap-0 md:overflow-hidden md:px-1.5 md:py-0.5 md:text-xs",
                      KIND_CLASS[kind],
                    )}
                  >
                    <span className="truncate font-medium">
                      {kind === "gap" ? "Gap" : who}
                      {kind === "override" ? <span className="font-normal"> · override</span> : null}
                    </span>
                    <span className="truncate text-xs md:text-[11px]">
                      <ZonedTime at={new Date(p.from)} timeZone={timeZone} isZoneHidden />–
                      <ZonedTime at={new Date(p.to)} timeZone={timeZone} isEnd />
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
