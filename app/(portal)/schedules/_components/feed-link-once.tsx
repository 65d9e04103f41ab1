"use client";
// The one time a calendar feed's secret URL is on screen (a schedule just made, a link just rotated):
// only the token's hash is stored, so it cannot be shown again. The full address is known only in the
// browser (the portal's origin as reached); the server renders the path.
import { CalendarPlus } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";
import { useIsClient } from "@/components/ui/use-is-client";

export function FeedLinkOnce({ path, title = "Calendar feed link" }: { path: string; title?: string }) {
  const isClient = useIsClient();
  const url = `${isClient ? window.location.origin : ""}${path}`;
  return (
    <section
      aria-labelledby="feed-once-heading"
      data-testid="feed-link-once"
      className="space-y-2 rounded-lg border border-warning/40 bg-warning/10 p-3"
    >
      <h2 id="feed-once-heading" className="flex items-center gap-1.5 text-sm font-semibold">
        <CalendarPlus aria-hidden className="size-4" /> {title}
      </h2>
      <p className="text-sm">
        <strong>Copy it now: you will not see it again.</strong> Anyone with this link sees the schedule
        without signing in. Subscribe to it in your calendar app; rotate it here if it leaks.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="feed-url"
          className="min-w-0 rounded border border-border bg-surface px-2 py-1 font-mono text-xs break-all select-all"
        >
          {url}
        </code>
        <CopyButton text={url} label="Copy link" />
      </div>
    </section>
  );
}
