"use client";
// Reports the portal's own web vitals (LCP, FCP, TTFB, INP, CLS) to POST /api/metrics/web-vitals, where
// they become samples of the catalog service ops-portal. The first report after the page's load event
// also carries the navigation's load time (page_load_ms), once per page load. Sent as a beacon, which
// the browser delivers even while the tab closes and never holds the page (or its closing) for; the
// browser adds the Origin header the API checks for cookie-authenticated writes. Failures are ignored:
// telemetry never bothers the user.
import { useReportWebVitals } from "next/web-vitals";

type ReportedName = "LCP" | "FCP" | "TTFB" | "INP" | "CLS";
const REPORTED = new Set<string>(["LCP", "FCP", "TTFB", "INP", "CLS"]);

let loadReported = false;

function loadMs(): number | undefined {
  if (loadReported || typeof performance === "undefined") return undefined;
  const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  if (!navigation || navigation.loadEventEnd <= 0) return undefined;
  loadReported = true;
  return Math.round(navigation.loadEventEnd);
}

// Defined outside the component so the hook registers the observers once.
function report(metric: { name: string; value: number }) {
  if (!REPORTED.has(metric.name) || !Number.isFinite(metric.value) || metric.value < 0) return;
  // Not while the page is going away: a request started during unload can hold the tab's closing (seen
  // in Chromium), and the figures that matter (TTFB, FCP, LCP, the load time) arrive while it is shown.
  if (document.visibilityState === "hidden") return;
  const body = {
    name: metric.name as ReportedName,
    value: metric.value,
    page: window.location.pathname.slice(0, 200),
    loadMs: loadMs(),
  };
  const json = JSON.stringify(body);
  if (navigator.sendBeacon?.("/api/metrics/web-vitals", new Blob([json], { type: "application/json" })))
    return;
  fetch("/api/metrics/web-vitals", {
    method: "POST",
    keepalive: true,
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: json,
  }).catch(() => {});
}

export function WebVitalsReporter() {
  useReportWebVitals(report);
  return null;
}
