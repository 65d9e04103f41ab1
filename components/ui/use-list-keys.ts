"use client";
// j/k move the selection in a list (arrows keep scrolling the page), Enter opens it, "/" focuses the list's
// search box and Escape leaves it. Registered in the shortcut registry, so the legend and `?` list them.
import { useEffect, useState, type RefObject } from "react";
import { useShortcuts } from "@/components/ui/shortcuts";

/** Row selection for a list of `count` rows; rows carry `data-row-index` so the selection scrolls into view. */
export function useListKeys(
  count: number,
  onOpen: (index: number) => void,
  searchRef?: RefObject<HTMLInputElement | null>,
) {
  const [selected, setSelected] = useState(-1);

  useEffect(() => {
    if (selected >= count) setSelected(count - 1);
  }, [count, selected]);

  useShortcuts([
    {
      key: "j",
      label: "Move down in the list",
      hint: "down",
      group: "list",
      allowRepeat: true,
      run: () => setSelected((s) => Math.min(count - 1, s + 1)),
    },
    {
      key: "k",
      label: "Move up in the list",
      hint: "up",
      group: "list",
      allowRepeat: true,
      run: () => setSelected((s) => Math.max(0, s - 1)),
    },
    {
      key: "Enter",
      label: "Open the selected row",
      hint: "open",
      group: "list",
      // On a focused link or button Enter is theirs.
      run: () => {
        if (selected < 0 || document.activeElement?.closest("a, button")) return false;
        onOpen(selected);
      },
    },
    ...searchShortcuts(searchRef),
  ]);

  useEffect(() => {
    if (selected >= 0)
      document.querySelector(`[data-row-index="${selected}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  return { selected, setSelected };
}

/** "/" focuses the search box, Escape in it leaves it; pass the result to useShortcuts. */
export function searchShortcuts(searchRef: RefObject<HTMLInputElement | null> | undefined) {
  return [
    {
      key: "/",
      label: "Search the list",
      hint: "search",
      group: "list" as const,
      when: !!searchRef,
      run: () => searchRef?.current?.focus(),
    },
    {
      key: "Escape",
      label: "Leave the search box",
      group: "list" as const,
      allowInFields: true,
      inLegend: false,
      when: !!searchRef,
      run: () => {
        if (document.activeElement !== searchRef?.current) return false;
        searchRef?.current?.blur();
      },
    },
  ];
}
