"use client";
// The queue polls on its own; this says so, and says when polling has stopped working.
import { cn } from "@/components/ui/cn";
import { LIVE_REFRESH_MS } from "@/lib/client/incidents";

const clockTime = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function LiveIndicator({ updatedAt, isFailing }: { updatedAt: number; isFailing: boolean }) {
  const since = updatedAt ? clockTime(updatedAt) : "never";
  return (
    <span
      data-testid="live-indicator"
      data-state={isFailing ? "stale" : "live"}
      className={cn("inline-flex items-center gap-1.5 text-xs", isFailing ? "font-medium text-warning" : "text-muted")}
      title={`Refreshes every ${LIVE_REFRESH_MS / 1000} s · last update ${since}`}
      suppressHydrationWarning
    >
      <span aria-hidden className={cn("size-2 rounded-full", isFailing ? "bg-warning" : "animate-pulse bg-success")} />
      {isFailing ? `Not updating · data from ${since}` : "Live"}
    </span>
  );
}
