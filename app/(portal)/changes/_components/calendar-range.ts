// The calendar's range, all UTC: a week is Monday to Monday; a month view shows whole weeks from the
// Monday on or before the 1st to the Sunday on or after the last day (at most 6 weeks, under the API's 62 days).
export const DAY_MS = 86_400_000;

export type CalendarView = "week" | "month";
export type CalendarSpan = { view: CalendarView; anchor: Date; from: Date; to: Date; days: Date[] };

const utcMidnight = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
export const mondayOf = (d: Date) => new Date(utcMidnight(d).getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

// "2026-05-12" → that UTC midnight; anything else → today's (the caller passes "now").
export function parseAnchor(value: string | null, now: Date): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (!Number.isNaN(d.getTime()) && isoDate(d) === value) return d;
  }
  return utcMidnight(now);
}

export function calendarSpan(view: CalendarView, anchor: Date): CalendarSpan {
  let from: Date;
  let to: Date;
  if (view === "week") {
    from = mondayOf(anchor);
    to = new Date(from.getTime() + 7 * DAY_MS);
  } else {
    const first = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), 1));
    const last = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 0));
    from = mondayOf(first);
    to = new Date(mondayOf(last).getTime() + 7 * DAY_MS);
  }
  const days: Date[] = [];
  for (let t = from.getTime(); t < to.getTime(); t += DAY_MS) days.push(new Date(t));
  return { view, anchor, from, to, days };
}

// The anchor one step back or forward: a week, or a calendar month (the 1st, so short months never skip).
export function stepAnchor(view: CalendarView, anchor: Date, step: -1 | 1): Date {
  if (view === "week") return new Date(anchor.getTime() + step * 7 * DAY_MS);
  return new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + step, 1));
}

// The part of [start, end) that falls on the UTC day starting at `day`, as fractions of the day, or null.
export function segmentOnDay(
  startIso: string,
  endIso: string,
  day: Date,
): { top: number; bottom: number } | null {
  const dayStart = day.getTime();
  const start = Math.max(new Date(startIso).getTime(), dayStart);
  const end = Math.min(new Date(endIso).getTime(), dayStart + DAY_MS);
  if (end <= start) return null;
  return { top: (start - dayStart) / DAY_MS, bottom: (end - dayStart) / DAY_MS };
}

type Placed<T> = { block: T; lane: number; lanes: number };

// Side-by-side lanes for overlapping blocks in one day column: each block takes the first free lane.
// Lanes are counted per cluster of blocks that overlap (directly or through each other), so a change
// alone in the afternoon keeps the whole column even when the morning is crowded.
function laneClusters<T extends { top: number; bottom: number }>(blocks: T[]): Placed<T>[][] {
  const sorted = [...blocks].sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  const clusters: Placed<T>[][] = [];
  let cluster: { block: T; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const flush = () => {
    if (cluster.length) clusters.push(cluster.map((p) => ({ ...p, lanes: laneEnds.length })));
    cluster = [];
    laneEnds = [];
  };
  for (const block of sorted) {
    if (block.top >= clusterEnd) flush();
    let lane = laneEnds.findIndex((end) => end <= block.top);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = block.bottom;
    clusterEnd = cluster.length ? Math.max(clusterEnd, block.bottom) : block.bottom;
    cluster.push({ block, lane });
  }
  flush();
  return clusters;
}

export function assignLanes<T extends { top: number; bottom: number }>(blocks: T[]): Placed<T>[] {
  return laneClusters(blocks).flat();
}

export type LaneLayout<T> = {
  shown: Placed<T>[];
  // Blocks that did not fit, gathered in the cluster's last lane: drawn as one "+N" that expands.
  overflow: { top: number; bottom: number; lane: number; lanes: number; hidden: T[] }[];
};

/** assignLanes with at most `maxLanes` side by side; in a cluster needing more, the blocks from the
 *  last lane on collapse into one "+N" in that lane, so no block becomes an unreadable sliver. */
export function layoutLanes<T extends { top: number; bottom: number }>(
  blocks: T[],
  maxLanes: number,
): LaneLayout<T> {
  const layout: LaneLayout<T> = { shown: [], overflow: [] };
  for (const cluster of laneClusters(blocks)) {
    if (cluster[0]!.lanes <= maxLanes) {
      layout.shown.push(...cluster);
      continue;
    }
    const hidden = cluster.filter((p) => p.lane >= maxLanes - 1).map((p) => p.block);
    layout.shown.push(
      ...cluster.filter((p) => p.lane < maxLanes - 1).map((p) => ({ ...p, lanes: maxLanes })),
    );
    layout.overflow.push({
      top: Math.min(...hidden.map((b) => b.top)),
      bottom: Math.max(...hidden.map((b) => b.bottom)),
      lane: maxLanes - 1,
      lanes: maxLanes,
      hidden,
    });
  }
  return layout;
}

type CalendarItems = {
  windows: readonly { start: string; end: string }[];
  freezes: readonly { startsAt: string; endsAt: string }[];
  changes: readonly { plannedStart: string | null; plannedEnd: string | null }[];
};

/** What of a calendar touches the UTC day `day`: its window occurrences, freezes and planned changes. */
export function onDay<C extends CalendarItems>(data: C, day: Date) {
  return {
    windows: data.windows.filter((w) => segmentOnDay(w.start, w.end, day)) as C["windows"],
    freezes: data.freezes.filter((f) => segmentOnDay(f.startsAt, f.endsAt, day)) as C["freezes"],
    changes: data.changes.filter(
      (c) => c.plannedStart && c.plannedEnd && segmentOnDay(c.plannedStart, c.plannedEnd, day),
    ) as C["changes"],
  };
}
