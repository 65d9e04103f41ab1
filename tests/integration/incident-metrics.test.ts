import { describe, expect, it } from "vitest";
import * as metricsRoute from "@/app/api/incidents/metrics/route";
import { db } from "@/lib/db";
import { updateIncident } from "@/lib/incidents/update-incident";
import { call } from "../helpers/api";
import { createTestIncident, createTestService, createTestUser } from "../factories";

type Json = Record<string, unknown>;

describe("metrics", () => {
  it("computes MTTA, MTTR and SLA compliance per severity for a period", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const t0 = new Date("2031-03-01T10:00:00Z");
    const fast = await createTestIncident(engineer, { severity: "P2", affectedServices: [service.slug] }, t0);
    const slow = await createTestIncident(engineer, { severity: "P2", affectedServices: [service.slug] }, t0);
    await db.incident.update({
      where: { key: fast.key },
      data: {
        acknowledgedAt: new Date(t0.getTime() + 10 * 60_000),
        resolvedAt: new Date(t0.getTime() + 2 * 3_600_000),
        status: "RESOLVED",
      },
    });
    await db.incident.update({
      where: { key: slow.key },
      data: {
        acknowledgedAt: new Date(t0.getTime() + 90 * 60_000),
        resolvedAt: new Date(t0.getTime() + 30 * 3_600_000),
        status: "RESOLVED",
      },
    });
    const res = await call(metricsRoute.GET, "GET", "", {
      token: engineer.token,
      query: { from: "2031-03-01T00:00:00Z", to: "2031-03-02T00:00:00Z", service: service.slug },
    });
    const p2 = (res.json.bySeverity as Json[]).find((s) => s.severity === "P2");
    expect(p2).toEqual({
      severity: "P2",
      incidents: 2,
      acknowledged: 2,
      resolved: 2,
      mttaMinutes: 50,
      mttrMinutes: 960,
      responseCompliance: 0.5,
      resolutionCompliance: 0.5,
    });
    const bad = await call(metricsRoute.GET, "GET", "", {
      token: engineer.token,
      query: { from: "2031-03-02T00:00:00Z", to: "2031-03-01T00:00:00Z" },
    });
    expect(bad.status).toBe(422);
  });

  it("reads whole days from the daily rollup, kept exact as incidents are acknowledged and resolved", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const actor = { ...engineer, via: "token" as const };
    const days = ["2032-05-01T08:00:00Z", "2032-05-02T23:30:00Z", "2032-05-03T00:15:00Z"].map(
      (d) => new Date(d),
    );
    for (const [i, createdAt] of days.entries()) {
      const inc = await createTestIncident(
        engineer,
        { severity: "P3", affectedServices: [service.slug] },
        createdAt,
      );
      const acked = await updateIncident(
        actor,
        inc.key,
        { version: 1, status: "IN_PROGRESS" },
        new Date(createdAt.getTime() + (i + 1) * 30 * 60_000),
      );
      if (i < 2)
        await updateIncident(
          actor,
          inc.key,
          { version: acked.version, status: "RESOLVED", resolution: "ok" },
          new Date(createdAt.getTime() + (i + 1) * 3_600_000),
        );
    }
    const query = { from: "2032-05-01T00:00:00Z", to: "2032-05-04T00:00:00Z" };
    const fromRollup = await call(metricsRoute.GET, "GET", "", { token: engineer.token, query });
    const live = await call(metricsRoute.GET, "GET", "", {
      token: engineer.token,
      query: { ...query, service: service.slug },
    });
    const p3 = (r: typeof live) => (r.json.bySeverity as Json[]).find((s) => s.severity === "P3");
    expect(p3(fromRollup)).toEqual({
      severity: "P3",
      incidents: 3,
      acknowledged: 3,
      resolved: 2,
      mttaMinutes: 60,
      mttrMinutes: 90,
      responseCompliance: 1,
      resolutionCompliance: 1,
    });
    expect(p3(live)).toEqual(p3(fromRollup));
    // A period with partial days at both edges: the edges come from incidents, the middle from the rollup.
    const partial = await call(metricsRoute.GET, "GET", "", {
      token: engineer.token,
      query: { from: "2032-05-01T09:00:00Z", to: "2032-05-03T00:10:00Z" },
    });
    expect(p3(partial)).toMatchObject({ incidents: 1, acknowledged: 1, mttaMinutes: 60 });
  });

  it("counts open incidents past their deadline as misses in SLA compliance", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const service = await createTestService();
    const actor = { ...engineer, via: "token" as const };
    const t0 = new Date(Date.now() - 10 * 3_600_000);
    const handled = await createTestIncident(
      engineer,
      { severity: "P2", affectedServices: [service.slug] },
      t0,
    );
    await updateIncident(
      actor,
      handled.key,
      { version: 1, status: "IN_PROGRESS" },
      new Date(t0.getTime() + 10 * 60_000),
    );
    await createTestIncident(engineer, { severity: "P2", affectedServices: [service.slug] }, t0); // never acknowledged: response breached
    const res = await call(metricsRoute.GET, "GET", "", {
      token: engineer.token,
      query: { from: new Date(t0.getTime() - 60_000).toISOString(), service: service.slug },
    });
    expect((res.json.bySeverity as Json[]).find((s) => s.severity === "P2")).toMatchObject({
      incidents: 2,
      acknowledged: 1,
      responseCompliance: 0.5,
      resolutionCompliance: null,
    });
  });
});
