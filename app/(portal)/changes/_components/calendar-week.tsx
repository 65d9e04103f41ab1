"use client";
// A week as seven UTC day columns of 24 hours: window occurrences shaded, freezes as dashed bands,
// changes as blocks in side-by-side lanes (at most three; more collapse into a "+N" that opens the list),
// conflicts outlined in red.
import Link from "next/link";
import { CalendarChangeLink, FreezeChip } from "@/app/(portal)/changes/_components/calendar-chips";
import { isoDate, layoutLanes, onDay, segmentOnDay } from "@/app/(portal)/changes/_components/calendar-range";
import { ENV_SHORT, FREEZE_STYLE, WINDOW_STYLE } from "@/app/(portal)/changes/_components/calendar-style";
import { RISK_TONES } from "@/app/(portal)/changes/_components/change-labels";
import { utcClock, utcDay } from "@/app/(portal)/changes/_components/utc";
import { cn } from "@/components/ui/cn";
import type { ChangeCalendar } from "@/lib/client/change-calendar";

const HOUR_PX = 36;
// Side-by-side changes a day column shows before the rest collapse into "+N" (a column is ~100 px wide).
const MAX_LANES = 3;
const BLOCK_TONE = {
  success: "border-success/50",
  warning: "border-warning/60",
  danger: "border-danger/60",
} as const;
// Staging draws first so the narrower production window stays visible on top of it.
const WINDOW_ORDER = { STAGING: 0, DEVELOPMENT: 1, PRODUCTION: 2 } as const;

type Hours = { first: number; last: number }; // the hours shown: [first, last)
type Props = { data: ChangeCalendar; days: Date[]; today: string };

// Working hours (08–18 UTC) unless a change or window of the week reaches outside them: the night is
// shown only when something happens in it.
function visibleHours(data: ChangeCalendar): Hours {
  let first = 8;
  let last = 18;
  const spans = [
    ...data.windows.map((w) => [w.start, w.end]),
    ...data.changes.flatMap((c) => (c.plannedStart && c.plannedEnd ? [[c.plannedStart, c.plannedEnd]] : [])),
  ];
  for (const [startIso, endIso] of spans) {
    const start = new Date(startIso!);
    const end = new Date(endIso!);
    // A span that crosses midnight needs the whole day.
    if (start.toISOString().slice(0, 10) !== new Date(end.getTime() - 1).toISOString().slice(0, 10))
      return { first: 0, last: 24 };
    first = Math.min(first, start.getUTCHours());
    const dayStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    last = Math.max(last, Math.ceil((end.getTime() - dayStart) / 3_600_000));
  }
  return { first, last: Math.max(last, first + 1) };
}

export function CalendarWeek({ data, days, today }: Props) {
  const hours = visibleHours(data);
  const labels = Array.from({ length: hours.last - hours.first }, (_, i) => hours.first + i);
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface" data-testid="calendar-week">
      <div className="grid min-w-[48rem] grid-cols-[3rem_repeat(7,minmax(0,1fr))]">
        <div className="border-b border-border" />
        {days.map((day) => (
          <div
            key={day.toISOString()}
            className={cn(
              "border-b border-l border-border px-1.5 py-1 text-xs font-medium",
              isoDate(day) === today && "bg-accent/10 text-accent",
            )}
          >
            {utcDay(day)}
            {onDay(data, day).freezes.map((f) => (
              <FreezeChip key={f.id} title={f.title} className="mt-0.5 rounded text-[11px] font-normal" />
            ))}
          </div>
        ))}
        <div className="relative" style={{ height: labels.length * HOUR_PX }}>
          {labels.map((h, i) => (
            <div
              key={h}
              className="absolute right-1 font-mono text-[10px] text-muted"
              style={{ top: i ? i * HOUR_PX - 6 : 1 }}
            >
              {`${String(h).padStart(2, "0")}:00`}
            </div>
          ))}
        </div>
        {days.map((day) => (
          <DayColumn key={day.toISOString()} data={data} day={day} hours={hours} />
        ))}
      </div>
    </div>
  );
}

function DayColumn({ data, day, hours }: { data: ChangeCalendar; day: Date; hours: Hours }) {
  const height = (hours.last - hours.first) * HOUR_PX;
  // Fractions of the UTC day → pixels in the visible hours (anything outside is clipped).
  const y = (fraction: number) =>
    Math.min(Math.max(fraction * 24 - hours.first, 0), hours.last - hours.first) * HOUR_PX;
  const place = (top: number, bottom: number) => ({ top: y(top), height: Math.max(y(bottom) - y(top), 14) });
  const { shown: blocks, overflow } = layoutLanes(
    data.changes.flatMap((c) => {
      const seg = c.plannedStart && c.plannedEnd ? segmentOnDay(c.plannedStart, c.plannedEnd, day) : null;
      return seg ? [{ ...seg, change: c }] : [];
    }),
    MAX_LANES,
  );
  return (
    <div className="relative border-l border-border" style={{ height }} data-day={isoDate(day)}>
      {Array.from({ length: hours.last - hours.first }, (_, i) => (
        <div key={i} className="absolute inset-x-0 border-t border-border/50" style={{ top: i * HOUR_PX }} />
      ))}
      {[...data.windows]
        .sort((a, b) => WINDOW_ORDER[a.environment] - WINDOW_ORDER[b.environment])
        .map((w) => {
          const seg = segmentOnDay(w.start, w.end, day);
          return seg ? (
            <div
              key={`${w.environment}-${w.start}`}
              className={cn("absolute inset-x-0", WINDOW_STYLE[w.environment])}
              style={place(seg.top, seg.bottom)}
              title={`${w.environment.toLowerCase()} deployment window`}
            >
              <span
                className={cn(
                  // Above the change blocks, so the window stays named however busy it is; in the
                  // foreground colour, as muted text on the window's tint fails AA in dark mode.
                  "pointer-events-none relative z-20 block px-1 text-[10px] text-fg",
                  w.environment === "PRODUCTION" && "text-right",
                )}
              >
                {ENV_SHORT[w.environment]} window
              </span>
            </div>
          ) : null;
        })}
      {data.freezes.map((f) => {
        const seg = segmentOnDay(f.startsAt, f.endsAt, day);
        return seg && y(seg.bottom) > y(seg.top) ? (
          <div
            key={f.id}
            className={cn("absolute inset-x-0 opacity-70", FREEZE_STYLE)}
            style={place(seg.top, seg.bottom)}
            title={`Freeze: ${f.title}`}
          />
        ) : null;
      })}
      {blocks.map(({ block, lane, lanes }) => {
        const c = block.change;
        const conflict = c.conflictsWith.length ? `conflicts with ${c.conflictsWith.join(", ")}` : "";
        return (
          <CalendarChangeLink
            key={c.key}
            change={c}
            title={`${c.key} ${c.title} · ${utcClock(new Date(c.plannedStart!))}–${utcClock(new Date(c.plannedEnd!))} UTC${conflict ? ` · ${conflict}` : ""}`}
            className={cn(
              "absolute z-10 overflow-hidden rounded border-l-4 bg-surface px-1 text-[11px] leading-tight shadow-sm hover:z-20 hover:bg-surface-2",
              BLOCK_TONE[RISK_TONES[c.riskLevel] as keyof typeof BLOCK_TONE],
            )}
            style={{
              ...place(block.top, block.bottom),
              left: `${(lane / lanes) * 100}%`,
              width: `${100 / lanes}%`,
            }}
          >
            <span className="font-mono font-semibold">{c.key}</span> <span>{c.title}</span>
            {conflict ? <span className="block font-medium text-danger">{conflict}</span> : null}
          </CalendarChangeLink>
        );
      })}
      {overflow.map((group) => (
        <details
          key={`more-${group.top}`}
          className="absolute z-10 open:z-30"
          style={{
            ...place(group.top, group.bottom),
            left: `${(group.lane / group.lanes) * 100}%`,
            width: `${100 / group.lanes}%`,
          }}
          data-testid="calendar-more"
        >
          <summary
            className="flex h-full min-h-6 cursor-pointer list-none items-start justify-center rounded border border-dashed border-border bg-surface-2 px-1 text-[11px] font-semibold hover:bg-surface"
            title={group.hidden.map((b) => `${b.change.key} ${b.change.title}`).join("\n")}
          >
            +{group.hidden.length}
          </summary>
          <ul className="absolute right-0 top-full z-30 mt-1 w-56 space-y-1 rounded border border-border bg-surface p-2 text-xs shadow-lg">
            {group.hidden.map(({ change: c }) => (
              <li key={c.key}>
                <Link
                  href={`/changes/${c.key}`}
                  className="block rounded px-1 py-0.5 hover:bg-surface-2"
                  data-testid="calendar-change"
                  data-key={c.key}
                >
                  <span className="font-mono font-semibold">{c.key}</span> {c.title}
                  <span className="block text-muted">
                    {utcClock(new Date(c.plannedStart!))}–{utcClock(new Date(c.plannedEnd!))} UTC
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
