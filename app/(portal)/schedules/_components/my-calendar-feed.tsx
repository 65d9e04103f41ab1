"use client";
// "My on-call calendar": a link to the viewer's own iCal feed, every turn they are on call on any
// schedule. Making a new one stops the old at once; the link is shown once.
import { useState } from "react";
import { CalendarX, Link2, RotateCcw } from "lucide-react";
import { FeedLinkOnce } from "@/app/(portal)/schedules/_components/feed-link-once";
import { ActionError } from "@/components/ui/action-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/section-card";
import { useMyCalendarFeed } from "@/lib/client/schedules";

export function MyCalendarFeed({ hasFeed: hadFeed }: { hasFeed: boolean }) {
  const feed = useMyCalendarFeed();
  const [isConfirmingRevoke, setConfirmingRevoke] = useState(false);
  const hasFeed = feed.isSuccess ? feed.data.url !== null : hadFeed;
  const url = feed.data?.url ?? null;

  return (
    <SectionCard
      title="My on-call calendar"
      className="mt-6 max-w-3xl"
      aside={hasFeed ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
    >
      <p className="text-sm text-muted">
        Every turn you are on call, on any schedule, two weeks back and twelve ahead, in your calendar app.
        The link works without signing in: keep it to yourself.
      </p>
      {url ? <FeedLinkOnce path={url} title="Your calendar feed link" /> : null}
      {feed.isSuccess && url === null ? (
        <p role="status" className="text-sm">
          Your feed is off: its link stopped working.
        </p>
      ) : null}
      {isConfirmingRevoke ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>The link stops working at once.</span>
          <Button
            size="sm"
            variant="danger"
            disabled={feed.isPending}
            onClick={() => feed.mutate("revoke", { onSettled: () => setConfirmingRevoke(false) })}
          >
            Revoke now
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirmingRevoke(false)}>
            Keep it
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={feed.isPending} onClick={() => feed.mutate("rotate")}>
            {hasFeed ? (
              <>
                <RotateCcw aria-hidden className="size-3.5" /> Make a new link
              </>
            ) : (
              <>
                <Link2 aria-hidden className="size-3.5" /> Create my feed link
              </>
            )}
          </Button>
          {hasFeed ? (
            <Button size="sm" variant="danger" onClick={() => setConfirmingRevoke(true)}>
              <CalendarX aria-hidden className="size-3.5" /> Revoke
            </Button>
          ) : null}
        </div>
      )}
      {hasFeed && !url ? (
        <p className="text-xs text-muted">A new link replaces the one you have; the old one stops working.</p>
      ) : null}
      <ActionError error={feed.error} />
    </SectionCard>
  );
}
