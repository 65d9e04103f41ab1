"use client";
import { useState } from "react";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/api-client";

type Props = { error: Error | null; onLoadLatest: () => Promise<unknown>; conflictNote: string };

// A 409 means our version was stale: say so and offer the fresh copy; anything else shows the server's detail.
export function MutationAlert({ error, onLoadLatest, conflictNote }: Props) {
  // Its own flag, not the query's isFetching, which blinks with every background refresh.
  const [isLoading, setLoading] = useState(false);
  if (!error) return null;
  if (error instanceof ApiError && error.isConflict) {
    const load = () => {
      setLoading(true);
      void onLoadLatest().finally(() => setLoading(false));
    };
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
      >
        <span className="min-w-0 flex-1">
          <strong>Someone else changed this incident</strong> since you last loaded it. {conflictNote}
        </span>
        <Button size="sm" onClick={load} disabled={isLoading}>
          <RefreshCw aria-hidden className="size-3" /> Load latest
        </Button>
      </div>
    );
  }
  return (
    <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
      {error.message}
    </p>
  );
}
