"use client";
// Single-letter triage keys on top of useListKeys (j/k, Enter, "/"): a acknowledges, m takes, c reports.
import { useEffect, useRef } from "react";

type Handlers = { a: () => void; m: () => void; c: () => void };

// The shell's "g <letter>" jumps (g a → audit log) must not also act on the selected incident.
const G_PREFIX_MS = 1200;

export function useQueueKeys(handlers: Handlers) {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let lastG = 0;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.metaKey || e.ctrlKey || e.altKey || e.repeat || e.defaultPrevented) return;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog[open]")) return;
      if (e.key === "g") {
        lastG = Date.now();
        return;
      }
      const afterG = Date.now() - lastG < G_PREFIX_MS;
      lastG = 0;
      if (afterG) return;
      if (e.key === "a" || e.key === "m" || e.key === "c") {
        e.preventDefault();
        handlersRef.current[e.key]();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
