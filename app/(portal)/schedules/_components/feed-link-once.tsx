"use client";
// The one time a calendar feed's secret URL is on screen (a schedule just made, a link just rotated):
// only the token's hash is stored, so it cannot be shown again. The full address is known only in the
// browser (the portal's origin as reached); the server renders the path.
import { CalendarPlus } from "lucide-react";
import { ShownOnce } from "@/components/ui/shown-once";
import { useIsClient } from "@/components/ui/use-is-client";

export function FeedLinkOnce({ path, title = "Calendar feed link" }: { path: string; title?: string }) {
  const isClient = useIsClient();
  const url = `${isClient ? window.location.origin : ""}${path}`;
  return (
    <ShownOnce
      title={title}
      icon={<CalendarPlus aria-hidden className="size-4" />}
      value={url}
      copyLabel="Copy link"
      testId="feed-link-once"
      valueTestId="feed-url"
      isLong
    >
      Anyone with this link sees the schedule without signing in. Subscribe to it in your calendar app; rotate
      it here if it leaks.
    </ShownOnce>
  );
}
