"use client";
// Who is on call now and next on a schedule, and whether a gap is coming within a week, from two weeks
// of its computed timeline starting this minute (the list shows this for every schedule).
import { summarizeTimeline } from "@/app/(portal)/schedules/_components/schedule-view";
import { useNow } from "@/components/ui/use-now";
import { useTimeline } from "@/lib/client/schedules";
import { DAY_MS } from "@/lib/oncall/zone-time";

/** How far the list looks for the next handoff; a stretch longer than this shows "no handoff within". */
export const SUMMARY_DAYS = 14;
/** A gap starting within this many days is flagged. */
export const GAP_WARNING_DAYS = 7;

export function useScheduleSummary(id: string) {
  // Null on the server and while hydrating: the cells show a placeholder until the browser knows now.
  const now = useNow(60_000);
  const range =
    now === null
      ? null
      : {
          from: new Date(now).toISOString(),
          to: new Date(now + SUMMARY_DAYS * DAY_MS).toISOString(),
        };
  const timeline = useTimeline(id, range);
  const data = timeline.data;
  const summary =
    data && now !== null ? summarizeTimeline(data.segments, now + GAP_WARNING_DAYS * DAY_MS) : null;
  const names = new Map((data?.people ?? []).map((p) => [p.id, p.name]));
  return {
    summary,
    nameOf: (userId: string | null) => (userId === null ? null : (names.get(userId) ?? "Unknown person")),
    isPending: !data && !timeline.error,
    error: timeline.error,
  };
}
