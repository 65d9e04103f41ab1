"use client";
// j/k move the selection in a list (arrows keep scrolling the page), Enter opens it, "/" focuses the list's search box.
import { useEffect, useRef, useState, type RefObject } from "react";

export function useListKeys(count: number, onOpen: (index: number) => void, searchRef?: RefObject<HTMLInputElement | null>) {
  const [selected, setSelected] = useState(-1);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  useEffect(() => {
    if (selected >= count) setSelected(count - 1);
  }, [count, selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (target?.closest("input, textarea, select, dialog[open]")) {
        if (e.key === "Escape" && target === searchRef?.current) searchRef.current?.blur();
        return;
      }
      if (e.key === "/" && searchRef?.current) {
        e.preventDefault();
        searchRef.current.focus();
      } else if (e.key === "j") {
        e.preventDefault();
        setSelected((s) => Math.min(count - 1, s + 1));
      } else if (e.key === "k") {
        e.preventDefault();
        setSelected((s) => Math.max(0, s - 1));
      } else if (e.key === "Enter" && selected >= 0 && !target?.closest("a, button")) {
        e.preventDefault();
        openRef.current(selected);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [count, selected, searchRef]);

  useEffect(() => {
    if (selected >= 0) document.querySelector(`[data-row-index="${selected}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  return { selected, setSelected };
}
