"use client";
// The schedule's layers as rules read aloud: who takes turns, how long a turn is, when they hand off on
// the schedule's wall clock, and the windows they cover.
import { SectionCard } from "@/components/ui/section-card";
import { ZonedTime } from "@/components/ui/zoned-time";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

type Layer = ScheduleResponse["layers"][number];

const DAY_NAMES = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" };

function turnText(l: Layer): string {
  const n = l.turn.length;
  if (l.turn.unit === "hours") return `Turns of ${n} hour${n === 1 ? "" : "s"}`;
  const unit = l.turn.unit === "day" ? "day" : "week";
  const every = n === 1 ? (unit === "day" ? "Daily" : "Weekly") : `Every ${n} ${unit}s`;
  return `${every}, handoff at ${l.handoffTime ?? "the first handoff's time"}`;
}

export function LayersPanel({ schedule }: { schedule: ScheduleResponse }) {
  const names = new Map(schedule.people.map((p) => [p.id, p]));
  return (
    <SectionCard title={`Layers (${schedule.layers.length})`}>
      <p className="text-xs text-muted">The first layer with someone on call wins; overrides win over all.</p>
      <ol className="space-y-2">
        {schedule.layers.map((l, i) => (
          <li
            key={i}
            data-testid="layer-summary"
            className="space-y-1 rounded-md border border-border p-2 text-sm"
          >
            <p className="font-medium">
              {i + 1}. {l.name ?? `Layer ${i + 1}`}
            </p>
            <p>
              {turnText(l)} ({schedule.timeZone}), from{" "}
              <ZonedTime at={l.startsAt} timeZone={schedule.timeZone} withDay />.
            </p>
            <p className="text-xs text-muted">
              In turn:{" "}
              {l.people
                .map((id) => {
                  const p = names.get(id);
                  return p ? `${p.name}${p.isActive ? "" : " (deactivated)"}` : "Unknown person";
                })
                .join(" → ")}
            </p>
            {l.restrictions?.length ? (
              <p className="text-xs">
                Only{" "}
                {l.restrictions
                  .map((r) => `${r.days.map((d) => DAY_NAMES[d]).join(", ")} ${r.start}–${r.end}`)
                  .join("; ")}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </SectionCard>
  );
}
