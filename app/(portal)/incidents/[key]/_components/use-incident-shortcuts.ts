"use client";
import { useEffect, useRef } from "react";

const KEYS = ["a", "r", "u", "m"] as const;
export type ShortcutKey = (typeof KEYS)[number];
export type ShortcutHandlers = Partial<Record<ShortcutKey, () => void>>;

// The shell navigates with "g" then a letter ("g a" opens the audit log); that second key is not ours.
const G_PREFIX_MS = 1200;

const isShortcutKey = (key: string): key is ShortcutKey => (KEYS as readonly string[]).includes(key);

export function useIncidentShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    let gPressedAt = -Infinity;
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog[open]")) return;
      if (e.key === "g") {
        gPressedAt = e.timeStamp;
        return;
      }
      const followsG = e.timeStamp - gPressedAt < G_PREFIX_MS;
      gPressedAt = -Infinity;
      if (followsG || !isShortcutKey(e.key)) return;
      const handler = latest.current[e.key];
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
