"use client";
// A 409: the version this page sent was stale and nothing was saved. The fresh copy is usually already
// loading; the button is there for anyone who wants it now (and clears the message).
import { useState, type ReactNode } from "react";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";

type Props = {
  /** Loads the latest version; the button spins until it settles. */
  onReload: () => Promise<unknown>;
  /** The bold lead: who changed what. */
  title?: ReactNode;
  /** What happened and what to do next, after the lead. */
  children?: ReactNode;
  reloadLabel?: string;
  testId?: string;
};

/** The one "someone else changed it first" banner, with a button that loads their version. */
export function ConflictBanner({
  onReload,
  title = "Changed by someone else",
  children = "since you loaded it; nothing was saved. Reload, check it, and try again.",
  reloadLabel = "Reload",
  testId = "conflict-banner",
}: Props) {
  // Its own flag, not the query's isFetching, which blinks with every background refresh.
  const [isLoading, setLoading] = useState(false);
  return (
    <div
      role="alert"
      data-testid={testId}
      className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      <span className="min-w-0 flex-1">
        <strong>{title}</strong> {children}
      </span>
      <Button
        size="sm"
        disabled={isLoading}
        onClick={() => {
          setLoading(true);
          void onReload().finally(() => setLoading(false));
        }}
      >
        <RefreshCw aria-hidden className="size-3" /> {reloadLabel}
      </Button>
    </div>
  );
}
