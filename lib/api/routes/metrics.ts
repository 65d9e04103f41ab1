// API routes: monitoring: Prometheus scrape, availability, performance samples and web vitals.
import { defineRoute } from "@/lib/api/define-route";
import { availabilityQuery, availabilityResponse } from "@/lib/sla/schemas";
import { samplesInput, samplesResponse, webVitalInput } from "@/lib/dashboards/schemas";
import { MiB } from "@/lib/api/routes/body-limits";

export const metricsRoutes = {
  prometheusMetrics: defineRoute({
    method: "GET",
    path: "/api/metrics",
    summary:
      "Prometheus text format: request durations and counts per route, process metrics, open incidents and SLA breaches",
    tag: "SLA",
    permission: "metrics:read",
  }),
  availability: defineRoute({
    method: "GET",
    path: "/api/availability",
    summary: "Monthly availability and error budget per service and tier, with the arithmetic",
    tag: "SLA",
    permission: "service:read",
    query: availabilityQuery,
    response: availabilityResponse,
  }),
  recordSamples: defineRoute({
    method: "POST",
    path: "/api/metrics/samples",
    summary: "Record performance and capacity samples from monitoring (up to 1,000 per call)",
    tag: "SLA",
    permission: "metrics:write",
    body: samplesInput,
    response: samplesResponse,
    maxBodyBytes: MiB, // 1,000 samples
    status: 202,
  }),
  reportWebVital: defineRoute({
    method: "POST",
    path: "/api/metrics/web-vitals",
    summary:
      "A web vital measured by the portal's own pages in the browser (recorded for the service ops-portal)",
    tag: "SLA",
    permission: "telemetry:report",
    body: webVitalInput,
    status: 204,
  }),
} as const;
