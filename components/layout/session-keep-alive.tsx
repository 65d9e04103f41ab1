"use client";
// Sessions end after 30 minutes without activity. Real activity (keys, clicks, touches) renews the
// session at most once a minute; an open but untouched tab does not keep it alive.
import { useEffect } from "react";

const RENEW_EVERY_MS = 60_000;

export function SessionKeepAlive() {
  useEffect(() => {
    let lastRenew = Date.now();
    let renewing = false;
    const renew = async () => {
      if (renewing || Date.now() - lastRenew < RENEW_EVERY_MS) return;
      renewing = true;
      lastRenew = Date.now();
      try {
        const res = await fetch("/api/auth/session", { cache: "no-store" });
        const session = (await res.json()) as { userId?: string } | null;
        // A full page load on purpose: it drops every cached query of the ended session.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        if (!session?.userId) window.location.href = `/login?callbackUrl=${encodeURIComponent(window.location.pathname)}&expired=1`;
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
  return null;
}
