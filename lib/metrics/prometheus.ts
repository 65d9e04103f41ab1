// Prometheus metrics of this instance (prom-client): request durations and counts per route template,
// process metrics, and, read at scrape time, open incidents and SLA breaches by severity. Names follow
// the handbook's alert rules (http_requests_total{status}, http_request_duration_seconds).
import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { Prisma } from "@/generated/prisma/client";
import { sqlRows } from "@/lib/db/sql";

type Metrics = {
  registry: Registry;
  duration: Histogram<"method" | "route" | "status">;
  requests: Counter<"method" | "route" | "status">;
  notifications: Counter<"channel" | "outcome">;
  notificationFailures: Counter<"channel" | "reason">;
  deliverySeconds: Histogram<"channel">;
  deliveryDelay: Histogram<"channel">;
};

const globalForMetrics = globalThis as unknown as { neuronMetrics?: Metrics };

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // Buckets around the handbook's standards: API p95 < 200 ms, alert at p95 > 500 ms.
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "API request duration by method, route template and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5],
    registers: [registry],
  });
  const requests = new Counter({
    name: "http_requests_total",
    help: "API requests by method, route template and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "neuron_open_incidents",
    help: "Open incidents (OPEN or IN_PROGRESS) by severity",
    labelNames: ["severity"] as const,
    registers: [registry],
    async collect() {
      const rows = await sqlRows<{ severity: string; n: number }>(
        Prisma.sql`SELECT severity::text AS severity, count(*)::int AS n FROM incidents WHERE status IN ('OPEN', 'IN_PROGRESS') GROUP BY severity`,
      );
      this.reset();
      for (const severity of ["P1", "P2", "P3", "P4"])
        this.set({ severity }, rows.find((r) => r.severity === severity)?.n ?? 0);
    },
  });
  new Gauge({
    name: "neuron_sla_breaches",
    help: "Open incidents past their SLA deadline, by severity and clock (response, resolution)",
    labelNames: ["severity", "clock"] as const,
    registers: [registry],
    async collect() {
      const rows = await sqlRows<{ severity: string; response: number; resolution: number }>(Prisma.sql`
        SELECT severity::text AS severity,
          count(*) FILTER (WHERE acknowledged_at IS NULL AND response_due_at < now())::int AS response,
          count(*) FILTER (WHERE resolution_due_at < now())::int AS resolution
        FROM incidents WHERE status IN ('OPEN', 'IN_PROGRESS') GROUP BY severity`);
      this.reset();
      for (const severity of ["P1", "P2", "P3", "P4"]) {
        const row = rows.find((r) => r.severity === severity);
        this.set({ severity, clock: "response" }, row?.response ?? 0);
        this.set({ severity, clock: "resolution" }, row?.resolution ?? 0);
      }
    },
  });
  // Deliveries (lib/notify/deliver.ts): each attempt counted by its outcome on the instance that made it.
  const notifications = new Counter({
    name: "notifications_total",
    help: "Notification delivery attempts by channel (EMAIL, CHAT, WEBHOOK, SUBSCRIPTION) and outcome (delivered, retry, failed)",
    labelNames: ["channel", "outcome"] as const,
    registers: [registry],
  });
  const notificationFailures = new Counter({
    name: "notification_failures_total",
    help: "Failed notification delivery attempts by channel and reason (timeout, network, blocked, status code class)",
    labelNames: ["channel", "reason"] as const,
    registers: [registry],
  });
  const deliverySeconds = new Histogram({
    name: "notification_delivery_duration_seconds",
    help: "Time one delivery attempt took (connect, send, answer)",
    labelNames: ["channel"] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const deliveryDelay = new Histogram({
    name: "notification_delivery_latency_seconds",
    help: "From the commit that caused a notification to its successful delivery",
    labelNames: ["channel"] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 3600],
    registers: [registry],
  });
  new Gauge({
    name: "neuron_notifications_pending",
    help: "Deliveries waiting for their first or next attempt",
    registers: [registry],
    async collect() {
      const [row] = await sqlRows<{ n: number }>(
        Prisma.sql`SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'PENDING'`,
      );
      this.set(row?.n ?? 0);
    },
  });
  return {
    registry,
    duration,
    requests,
    notifications,
    notificationFailures,
    deliverySeconds,
    deliveryDelay,
  };
}

export const metrics: Metrics = (globalForMetrics.neuronMetrics ??= createMetrics());

export function observeRequest(method: string, route: string, status: number, seconds: number) {
  const labels = { method, route, status: String(status) };
  metrics.duration.observe(labels, seconds);
  metrics.requests.inc(labels);
}
