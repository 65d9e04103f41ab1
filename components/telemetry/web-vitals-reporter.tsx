"use client";
// Reports the portal's own web vitals (LCP, FCP, TTFB, INP, CLS) to POST /api/metrics/web-vitals, where
// they become samples of the catalog service ops-portal. The first report after the page's load event
// also carries the navigation's load time (page_load_ms), once per page load. `keepalive` lets a report
// sent while the tab closes still arrive; the browser adds the Origin header the API checks for
// cookie-authenticated writes. Failures are ignored: telemetry never bothers the user.
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
  const body = { name: metric.name as ReportedName, value: metric.value, page: window.location.pathname.slice(0, 200), loadMs: loadMs() };
  fetch("/api/metrics/web-vitals", {
    method: "POST",
    keepalive: true,
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => {});
}

export function WebVitalsReporter() {
  useReportWebVitals(report);
  return null;
}
