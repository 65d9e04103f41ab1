"use client";
// A text or date box bound to one URL param: it reaches the URL (and the API) once typing pauses, so
// typing a year digit by digit does not fetch four periods. A URL change from elsewhere replaces the box.
import { useEffect, useState } from "react";
import type { MetricsParamName, SetMetricsParams } from "@/app/(portal)/incidents/metrics/_components/use-metrics-params";

const TYPING_PAUSE_MS = 300;

export function useUrlText(name: MetricsParamName, urlValue: string, setParams: SetMetricsParams) {
  const [text, setText] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== text.trim()) setText(urlValue);
  }
  useEffect(() => {
    if (text.trim() === urlValue) return;
    const timer = setTimeout(() => setParams({ [name]: text.trim() }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [name, text, urlValue, setParams]);
  return [text, setText] as const;
}
