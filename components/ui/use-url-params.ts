"use client";
// Page filters that live in the URL, so a view can be shared as a link.
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState } from "react";

export type SetUrlParams<N extends string> = (changes: Partial<Record<N, string>>) => void;

// Reads the live URL, not the rendered params: two debounced writes in one tick must not undo each other.
export function useSetUrlParams<N extends string>(): SetUrlParams<N> {
  const pathname = usePathname();
  return useCallback(
    (changes: Partial<Record<N, string>>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [name, value] of Object.entries<string | undefined>(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      const query = next.toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
}

const TYPING_PAUSE_MS = 300;

// A text box bound to one URL param: it reaches the URL (and the API) once typing pauses; a URL change
// from elsewhere (a link, "Clear") replaces what is in the box.
export function useUrlText<N extends string>(name: N, urlValue: string, setParams: SetUrlParams<N>) {
  const [text, setText] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== text.trim()) setText(urlValue);
  }
  useEffect(() => {
    if (text.trim() === urlValue) return;
    const timer = setTimeout(
      () => setParams({ [name]: text.trim() } as Partial<Record<N, string>>),
      TYPING_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [name, text, urlValue, setParams]);
  return [text, setText] as const;
}
