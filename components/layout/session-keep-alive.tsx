"use client";
// Sessions end after 30 minutes without activity. Real activity (keys, clicks, touches) renews the
// session at most once a minute; an open but untouched tab does not keep it alive. When the session has
// ended, a banner says so instead of navigating away, so nothing typed on the page is thrown out.
import { useEffect, useState } from "react";

const RENEW_EVERY_MS = 60_000;

export function SessionKeepAlive() {
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    let lastRenew = Date.now();
    let renewing = false;
    const renew = async () => {
      if (renewing || Date.now() - lastRenew < RENEW_EVERY_MS) return;
      renewing = true;
      lastRenew = Date.now();
      try {
        const res = await fetch("/api/auth/session", { cache: "no-store" });
        const session = res.ok ? ((await res.json()) as { userId?: string } | null) : null;
        if (res.ok && !session?.userId) setEnded(true);
      } catch {
        // offline for a moment: try again on the next activity
      } finally {
        renewing = false;
      }
    };
    const onActivity = () => void renew();
    const events = ["keydown", "pointerdown", "touchstart"] as const;
    for (const e of events) window.addEventListener(e, onActivity, { passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity);
    };
  }, []);
  if (!ended) return null;
  const back = typeof window === "undefined" ? "/" : window.location.pathname + window.location.search;
  return (
    <div
      role="alert"
      className="fixed inset-x-0 top-0 z-50 flex items-center justify-center gap-3 bg-warning px-4 py-2 text-sm font-medium text-black"
    >
      Your session has ended.
      <a
        className="underline"
        href={`/login?expired=1&callbackUrl=${encodeURIComponent(back)}`}
        target="_blank"
        rel="noopener"
      >
        Sign in again in a new tab
      </a>
      then carry on here.
    </div>
  );
}
