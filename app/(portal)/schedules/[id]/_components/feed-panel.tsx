"use client";
// The schedule's iCal feed for calendar apps. Managers create it, rotate its link (the old one stops at
// once) or revoke it; the new link is shown once. Others see whether it is on.
import { useState } from "react";
import { CalendarX, Link2, RotateCcw } from "lucide-react";
import { FeedLinkOnce } from "@/app/(portal)/schedules/_components/feed-link-once";
import { ActionError } from "@/components/ui/action-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/section-card";
import { useFeedToken } from "@/lib/client/schedules";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

type Props = { schedule: ScheduleResponse; canManage: boolean };

export function FeedPanel({ schedule, canManage }: Props) {
  const feed = useFeedToken(schedule.id);
  const [confirming, setConfirming] = useState<"rotate" | "revoke" | null>(null);
  const shown = feed.data?.feedUrl ?? null;
  const send = (revoke: boolean) =>
    feed.mutate({ version: schedule.version, revoke }, { onSettled: () => setConfirming(null) });

  return (
    <SectionCard
      title="Calendar feed"
      aside={schedule.hasFeed ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
    >
      <p className="text-xs text-muted">
        An iCal link calendar apps subscribe to: every stretch two weeks back and twelve ahead, gaps included.
        It works without signing in, so anyone with the link sees the schedule.
      </p>
      {shown ? <FeedLinkOnce path={shown} title="New calendar feed link" /> : null}
      {feed.isSuccess && feed.data.feedUrl === null ? (
        <p role="status" className="text-sm">
          The feed is off: its link stopped working.
        </p>
      ) : null}
      {canManage ? (
        confirming ? (
          <div className="space-y-2 rounded-md border border-warning/40 bg-warning/10 p-2 text-sm">
            <p>
              {confirming === "rotate"
                ? "The current link stops working at once; calendars subscribed to it need the new one."
                : "The link stops working at once and the feed is off until a new link is made."}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                variant="danger"
                disabled={feed.isPending}
                onClick={() => send(confirming === "revoke")}
              >
                {confirming === "rotate" ? "Rotate now" : "Revoke now"}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                Keep the current link
              </Button>
            </div>
          </div>
        ) : schedule.hasFeed ? (
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => setConfirming("rotate")}>
              <RotateCcw aria-hidden className="size-3.5" /> Rotate link
            </Button>
            <Button size="sm" variant="danger" onClick={() => setConfirming("revoke")}>
              <CalendarX aria-hidden className="size-3.5" /> Revoke
            </Button>
          </div>
        ) : (
          <Button size="sm" disabled={feed.isPending} onClick={() => send(false)}>
            <Link2 aria-hidden className="size-3.5" /> Create feed link
          </Button>
        )
      ) : (
        <p className="text-sm">
          {schedule.hasFeed
            ? "The feed is on; an ops manager or an administrator hands out its link."
            : "The feed is off."}
        </p>
      )}
      <ActionError error={feed.error} />
    </SectionCard>
  );
}
