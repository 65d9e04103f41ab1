"use client";
import { useState } from "react";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";

// A 409: the version this page sent was stale. The fresh copy is already loading; the button reopens the
// editor on it (the edits typed here are dropped, as the message says).
export function ConflictBanner({ onReload }: { onReload: () => Promise<unknown> }) {
  const [isLoading, setLoading] = useState(false);
  return (
    <div
      role="alert"
      data-testid="conflict-banner"
      className="flex flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      <span className="min-w-0 flex-1">
        <strong>Changed by someone else</strong> since you opened it; nothing was saved. Load their version,
        check it, and edit again.
      </span>
      <Button
        size="sm"
        disabled={isLoading}
        onClick={() => {
          setLoading(true);
          void onReload().finally(() => setLoading(false));
        }}
      >
        <RefreshCw aria-hidden className="size-3" /> Load their version
      </Button>
    </div>
  );
}
