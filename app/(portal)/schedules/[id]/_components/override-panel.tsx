"use client";
// The schedule's overrides that have not ended, oldest first (where two overlap, the later one wins);
// managers add one (o) or remove one, each write carrying the schedule's version.
import { useState } from "react";
import { Plus, X } from "lucide-react";
import { OverrideForm } from "@/app/(portal)/schedules/[id]/_components/override-form";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/ui/load-error";
import { SectionCard } from "@/components/ui/section-card";
import { KeyHint, useShortcuts } from "@/components/ui/shortcuts";
import { SkeletonRows } from "@/components/ui/states";
import { ZonedTime } from "@/components/ui/zoned-time";
import { useDeleteOverride, useOverrides } from "@/lib/client/schedules";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

type Props = { schedule: ScheduleResponse; canManage: boolean };

export function OverridePanel({ schedule, canManage }: Props) {
  const overrides = useOverrides(schedule.id);
  const remove = useDeleteOverride(schedule.id);
  const [isAdding, setAdding] = useState(false);
  useShortcuts([
    {
      key: "o",
      label: "Add an override",
      hint: "override",
      when: canManage && !isAdding,
      run: () => setAdding(true),
    },
  ]);
  const items = overrides.data?.items ?? [];

  return (
    <SectionCard
      title="Overrides"
      aside={
        canManage && !isAdding ? (
          <Button size="sm" onClick={() => setAdding(true)} aria-keyshortcuts="o">
            <Plus aria-hidden className="size-3.5" /> Add override <KeyHint shortcut="o" />
          </Button>
        ) : null
      }
    >
      <p className="text-xs text-muted">
        Someone covers a stretch, over every layer. Where two overlap, the one added later wins.
      </p>
      {isAdding ? (
        <OverrideForm scheduleId={schedule.id} version={schedule.version} onDone={() => setAdding(false)} />
      ) : null}
      <ActionError error={remove.error} />
      {overrides.error && !overrides.data ? (
        <LoadError
          title="The overrides could not be loaded"
          error={overrides.error}
          onRetry={() => void overrides.refetch()}
        />
      ) : !overrides.data ? (
        <div role="status" aria-busy="true" aria-label="Loading the overrides">
          <SkeletonRows rows={2} columns={1} />
        </div>
      ) : items.length === 0 ? (
        <p className="text-sm text-muted">No override now or to come.</p>
      ) : (
        <ul aria-label="Overrides now and to come" className="space-y-1">
          {items.map((o) => (
            <li
              key={o.id}
              data-testid="override-row"
              className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md border border-border px-2 py-1.5 text-sm"
            >
              <span className="font-medium">{o.person.name}</span>
              <span className="text-xs">
                <ZonedTime at={o.from} timeZone={schedule.timeZone} withDay /> to{" "}
                <ZonedTime at={o.to} timeZone={schedule.timeZone} withDay isEnd />
              </span>
              {canManage ? (
                <Button
                  size="sm"
                  variant="ghost"
                  className="ml-auto"
                  disabled={remove.isPending}
                  aria-label={`Remove the override of ${o.person.name}`}
                  onClick={() => remove.mutate({ overrideId: o.id, version: schedule.version })}
                >
                  <X aria-hidden className="size-3.5" /> Remove
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
