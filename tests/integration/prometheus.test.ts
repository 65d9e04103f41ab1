// /api/metrics speaks Prometheus text and carries what the handbook's alert rules query.
import { describe, expect, it } from "vitest";
import * as prometheusRoute from "@/app/api/metrics/route";
import * as meRoute from "@/app/api/me/route";
import { call } from "../helpers/api";
import { createTestIncident, createTestUser } from "../factories";

describe("GET /api/metrics", () => {
  it("exposes request durations and counts per route, open incidents and SLA breaches by severity", async () => {
    const user = await createTestUser(["ENGINEER"]);
    await createTestIncident(user, { severity: "P1" }, new Date(Date.now() - 60 * 60_000)); // response clock (15 min) long breached
    await call(meRoute.GET, "GET", "/api/me", { token: user.token });
    await call(meRoute.GET, "GET", "/api/me", {}); // 401

    const res = await call(prometheusRoute.GET, "GET", "/api/metrics", { token: user.token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(res.text).toMatch(
      /http_request_duration_seconds_bucket\{le="0\.2",method="GET",route="\/api\/me",status="200"\} [1-9]/,
    );
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="\/api\/me",status="401"\} [1-9]/);
    expect(res.text).toMatch(/neuron_open_incidents\{severity="P1"\} [1-9]/);
    expect(res.text).toMatch(/neuron_sla_breaches\{severity="P1",clock="response"\} [1-9]/);
    expect(res.text).toContain("process_cpu_user_seconds_total");
  });

  it("needs a token", async () => {
    expect((await call(prometheusRoute.GET, "GET", "/api/metrics", {})).status).toBe(401);
  });
});
