"use client";
// The queue updates itself (live update stream, or polling while it is down); this says how, and says
// when updating has stopped working.
import { cn } from "@/components/ui/cn";
import { formatInstant } from "@/components/ui/format-time";
import { LIVE_REFRESH_MS } from "@/lib/client/incidents";
import type { LiveStatus } from "@/lib/client/live-updates";

// The viewer's zone in the browser, UTC in the server's HTML (hence suppressHydrationWarning below).
const clockTime = (ms: number) => formatInstant(ms, { seconds: true });

export function LiveIndicator({
  updatedAt,
  isFailing,
  stream,
}: {
  updatedAt: number;
  isFailing: boolean;
  stream?: LiveStatus;
}) {
  const since = updatedAt ? clockTime(updatedAt) : "never";
  const how = stream === "live" ? "Updates as changes happen" : `Refreshes every ${LIVE_REFRESH_MS / 1000} s`;
  return (
    <span
      data-testid="live-indicator"
      data-state={isFailing ? "stale" : "live"}
      className={cn(
        "inline-flex items-center gap-1.5 text-xs",
        isFailing ? "font-medium text-warning" : "text-muted",
      )}
      data-stream={stream}
      title={`${how} · last update ${since}`}
      suppressHydrationWarning
    >
      <span
        aria-hidden
        className={cn("size-2 rounded-full", isFailing ? "bg-warning" : "animate-pulse bg-success")}
      />
      {isFailing ? `Not updating · data from ${since}` : "Live"}
    </span>
  );
}
