"use client";
// The new-schedule page's client island: the form, then the schedule's calendar feed link (shown once)
// and the way to the schedule's page.
import Link from "next/link";
import { useMemo } from "react";
import { FeedLinkOnce } from "@/app/(portal)/schedules/_components/feed-link-once";
import { ScheduleForm } from "@/app/(portal)/schedules/_components/schedule-form";
import { localDateText, newScheduleValues } from "@/app/(portal)/schedules/_components/schedule-form-values";
import { buttonClass } from "@/components/ui/button";
import { FormLoading } from "@/components/ui/segment-loading";
import { useIsClient } from "@/components/ui/use-is-client";
import { useCreateSchedule } from "@/lib/client/schedules";

/** The viewer's zone and today there: the form starts from them (known only in the browser). */
function startingValues() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return newScheduleValues(localDateText(Date.now(), zone), zone);
}

export function NewSchedule() {
  const create = useCreateSchedule();
  const created = create.data;
  const isClient = useIsClient();
  const initial = useMemo(() => (isClient ? startingValues() : null), [isClient]);

  if (created)
    return (
      <div className="max-w-3xl space-y-4" data-testid="schedule-created" data-id={created.id}>
        <p role="status" className="text-sm">
          <strong>{created.name}</strong> is saved. Its calendar feed is on: here is its link.
        </p>
        {created.feedUrl ? <FeedLinkOnce path={created.feedUrl} /> : null}
        <Link className={buttonClass("primary")} href={`/schedules/${created.id}`}>
          Open the schedule
        </Link>
      </div>
    );

  // The form starts in the viewer's zone, which the server cannot know: it renders the placeholder.
  if (!initial) return <FormLoading label="Loading the schedule form" />;
  return (
    <ScheduleForm
      initial={initial}
      submitLabel="Create schedule"
      isPending={create.isPending}
      serverError={create.error}
      onSave={(input) => create.mutate(input)}
      cancel={
        <Link href="/schedules" className={buttonClass("ghost")}>
          Cancel
        </Link>
      }
    />
  );
}
