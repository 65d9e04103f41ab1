"use client";
// Single-key shortcuts for a page. Typing in a field, an open dialog, a modifier, and the shell's
// "g <letter>" jumps never trigger them.
import { useEffect, useRef } from "react";

const G_PREFIX_MS = 1200;

export function useLetterKeys(handlers: Record<string, (() => void) | undefined>) {
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
      const handler = handlersRef.current[e.key];
      if (afterG || !handler) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
