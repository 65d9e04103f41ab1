// The executive, operations and security dashboards through the API, on hand-made data in a fresh
// database: each figure is checked against what was put in. (The application dashboard's performance
// figures are in performance-samples.test.ts; rollup freshness in dashboard-rollups.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import * as executiveRoute from "@/app/api/dashboards/executive/route";
import * as operationsRoute from "@/app/api/dashboards/operations/route";
import * as securityRoute from "@/app/api/dashboards/security/route";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { createTestChange, createTestIncident, createTestService, createTestUser } from "../factories";

type Json = Record<string, unknown>;
let manager: Awaited<ReturnType<typeof createTestUser>>;
let engineer: Awaited<ReturnType<typeof createTestUser>>;
let security: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  manager = await createTestUser(["OPS_MANAGER"]);
  engineer = await createTestUser(["ENGINEER"]);
  security = await createTestUser(["SECURITY"]);
});

describe("GET /api/dashboards/executive", () => {
  it("counts incidents per month by severity over 12 months, and MTTA/MTTR per month", async () => {
    const slug = (await createTestService({ tier: "CRITICAL" })).slug;
    const made = [
      ["2026-03-10T10:00:00Z", "P1"],
      ["2026-03-11T10:00:00Z", "P2"],
      ["2026-04-01T00:00:00Z", "P1"],
      ["2025-12-31T23:59:00Z", "P4"], // outside the 12 months ending with November 2026
    ] as const;
    for (const [at, severity] of made) {
      const i = await createTestIncident(engineer, { severity, affectedServices: [slug] }, new Date(at));
      await db.$executeRaw`UPDATE incidents SET acknowledged_at = created_at + interval '10 minutes', resolved_at = created_at + interval '2 hours', status = 'RESOLVED' WHERE key = ${i.key}`;
    }
    const res = await call(executiveRoute.GET, "GET", "/api/dashboards/executive", {
      token: manager.token,
      query: { from: "2026-03-01T00:00:00Z", to: "2026-11-27T12:00:00Z" },
    });
    expect(res.status).toBe(200);
    const trend = res.json.incidentTrend as Json[];
    expect(trend.map((t) => t.month)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(trend.find((t) => t.month === "2026-03")).toMatchObject({ P1: 1, P2: 1, P3: 0, P4: 0 });
    expect(trend.find((t) => t.month === "2026-04")).toMatchObject({ P1: 1 });
    expect(trend.find((t) => t.month === "2025-12")).toMatchObject({ P4: 1 });
    expect((res.json.responseTrend as Json[]).find((t) => t.month === "2026-03")).toEqual({
      month: "2026-03",
      mttaMinutes: 10,
      mttrMinutes: 120,
    });
    const p1 = (res.json.compliance as Json[]).find((c) => c.severity === "P1")!;
    // Acknowledged in 10 min (P1 target 15) and resolved in 2 h (target 4 h): both met.
    expect(p1).toMatchObject({
      incidents: 2,
      mttaMinutes: 10,
      mttrMinutes: 120,
      responseCompliance: 1,
      resolutionCompliance: 1,
    });
    const availability = res.json.availability as { month: string; tiers: Json[]; services: Json[] };
    expect(availability.month).toBe("2026-11");
    expect(availability.tiers.map((t) => t.tier)).toEqual(["CRITICAL", "STANDARD", "DEVELOPMENT"]);
    expect(availability.services.find((s) => s.slug === slug)).toMatchObject({
      tier: "CRITICAL",
      target: 0.999,
      downMinutes: 0,
      met: true,
    });
  });

  it("summarises vendors by recommended action and DR test compliance", async () => {
    const vendor = await db.vendor.create({
      data: { name: "Exec Mail Co", serviceType: "Email", criticality: "CRITICAL", owner: "Platform" },
    });
    await db.vendor.create({
      data: { name: "Exec Unassessed", serviceType: "CDN", criticality: "STANDARD", owner: "Platform" },
    });
    await db.vendorAssessment.create({
      data: {
        vendorId: vendor.id,
        assessedById: manager.id,
        reliability: 1,
        performance: 1,
        scalability: 1,
        dataProtection: 1,
        accessControls: 1,
        financialStability: 1,
        supportQuality: 1,
        contractTerms: 1,
        certifications: [],
        overallScore: 1,
        recommendedAction: "REPLACE",
        formulaVersion: "test",
        explanation: {},
      },
    });
    const fn = await db.businessFunction.create({
      data: {
        name: "Exec payroll",
        criticality: "CRITICAL",
        rtoHours: 4,
        rpoHours: 1,
        createdAt: new Date("2020-01-01T00:00:00Z"),
      },
    });
    await db.drTest.create({
      data: {
        functionId: fn.id,
        type: "BACKUP_RESTORE",
        status: "DONE",
        plannedFor: new Date(),
        performedAt: new Date(),
        measuredRtoHours: 6,
        measuredRpoHours: 0.5,
      },
    });
    const res = await call(executiveRoute.GET, "GET", "/api/dashboards/executive", { token: manager.token });
    const vendors = res.json.vendors as { total: number; byAction: Json[] };
    expect(vendors.byAction.find((a) => a.action === "REPLACE")!.count).toBeGreaterThanOrEqual(1);
    expect(vendors.byAction.find((a) => a.action === "UNASSESSED")!.count).toBeGreaterThanOrEqual(1);
    const dr = res.json.dr as Json;
    // Recorded in 2020 with only a backup restore done: the drills, simulation and review are overdue;
    // the restore took 6 h against a 4 h RTO.
    expect(dr).toMatchObject({
      functions: 1,
      compliant: 0,
      overdueTests: 3,
      missedTargets: 1,
      overdueFunctions: 1,
      missedFunctions: 1,
      compliance: 0,
    });
  });

  it("refuses a reversed period with 422 and an engineer with 403", async () => {
    const bad = await call(executiveRoute.GET, "GET", "/api/dashboards/executive", {
      token: manager.token,
      query: { from: "2026-11-01T00:00:00Z", to: "2026-10-01T00:00:00Z" },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    const notDate = await call(executiveRoute.GET, "GET", "/api/dashboards/executive", {
      token: manager.token,
      query: { from: "yesterday" },
    });
    expect(notDate.status).toBe(422);
    expect(
      (await call(executiveRoute.GET, "GET", "/api/dashboards/executive", { token: engineer.token })).status,
    ).toBe(403);
  });
});

describe("GET /api/dashboards/operations", () => {
  it("shows a new P1 first with its escalation, breaches of the last 24 h, overdue updates and CAB items", async () => {
    const now = Date.now();
    const p1 = await createTestIncident(engineer, {
      severity: "P1",
      impact: "OUTAGE",
      title: "Checkout down for everyone",
    });
    // A P3 whose response deadline passed an hour ago, unacknowledged, with an overdue update.
    const late = await createTestIncident(
      engineer,
      { severity: "P3", title: "Slow exports" },
      new Date(now - 5 * 3_600_000),
    );
    await db.$executeRaw`UPDATE incidents SET next_update_due_at = now() - interval '10 minutes' WHERE key = ${late.key}`;
    const change = await createTestChange(manager, { category: "MAJOR" }, { submit: true });
    const res = await call(operationsRoute.GET, "GET", "/api/dashboards/operations", {
      token: engineer.token,
    });
    expect(res.status).toBe(200);
    const queue = res.json.queue as Json[];
    expect(queue[0]).toMatchObject({ key: p1.key, severity: "P1" });
    expect(res.json.counts).toMatchObject({ P1: 1, P3: 1, open: 2, breached: 1, overdueUpdates: 1 });
    expect(res.json.breaches).toEqual([expect.objectContaining({ key: late.key, clock: "response" })]);
    expect((res.json.escalations as Json[]).map((e) => e.key)).toContain(p1.key);
    expect(res.json.overdueUpdates).toEqual([expect.objectContaining({ key: late.key })]);
    // MAJOR is floored to HIGH risk: the CAB decides it.
    expect(change.status).toBe("IN_CAB_REVIEW");
    expect((res.json.cabWaiting as Json[]).map((c) => c.key)).toContain(change.key);
    expect((res.json.windows as Json[]).map((w) => w.environment)).toEqual([
      "PRODUCTION",
      "STAGING",
      "DEVELOPMENT",
    ]);
    expect((res.json.windows as Json[])[2]).toMatchObject({ open: true });
  });
});

describe("GET /api/dashboards/security", () => {
  it("counts events by day, type and severity, failed sign-ins and uninvestigated ones, and lists requests and grants", async () => {
    const day = "2026-11-20";
    const ev = (
      type: "LOGIN_ATTEMPT" | "ANOMALY" | "DATA_ACCESS",
      severity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL",
      investigated = false,
    ) =>
      db.securityEvent.create({
        data: {
          type,
          severity,
          source: "test",
          summary: `${type} ${severity}`,
          details: {},
          at: new Date(`${day}T10:00:00Z`),
          investigated,
        },
      });
    await ev("LOGIN_ATTEMPT", "LOW", true); // a successful sign-in
    await ev("LOGIN_ATTEMPT", "MEDIUM");
    await ev("LOGIN_ATTEMPT", "HIGH");
    await ev("ANOMALY", "CRITICAL");
    await ev("DATA_ACCESS", "LOW", true);
    const grantee = await createTestUser(["ENGINEER"]);
    await db.accessRequest.create({
      data: {
        requestedById: grantee.id,
        requestedForId: grantee.id,
        accessType: "READ",
        resources: ["logs"],
        justification: "Debugging",
        durationDays: 7,
      },
    });
    await db.accessRequest.create({
      data: {
        requestedById: grantee.id,
        requestedForId: grantee.id,
        accessType: "ADMIN",
        resources: ["prod-db"],
        justification: "Migration",
        durationDays: 1,
        status: "APPROVED",
        decidedAt: new Date(),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const res = await call(securityRoute.GET, "GET", "/api/dashboards/security", {
      token: security.token,
      query: { from: `${day}T00:00:00Z`, to: "2026-11-22T00:00:00Z" },
    });
    expect(res.status).toBe(200);
    expect(res.json.totals).toEqual({
      events: 5,
      uninvestigated: 3,
      failedSignIns: 2,
      anomalies: 1,
      pendingAccessRequests: 1,
      grantsExpiringSoon: 1,
      adminGrants: 1,
    });
    expect(res.json.byDay).toEqual([
      { day: "2026-11-20", LOGIN_ATTEMPT: 3, DATA_ACCESS: 1, SYSTEM_CHANGE: 0, ANOMALY: 1, failedSignIns: 2 },
      { day: "2026-11-21", LOGIN_ATTEMPT: 0, DATA_ACCESS: 0, SYSTEM_CHANGE: 0, ANOMALY: 0, failedSignIns: 0 },
    ]);
    expect((res.json.bySeverity as Json[]).find((s) => s.severity === "CRITICAL")).toEqual({
      severity: "CRITICAL",
      events: 1,
      uninvestigated: 1,
    });
    expect((res.json.uninvestigatedEvents as Json[])[0]).toMatchObject({
      severity: "CRITICAL",
      type: "ANOMALY",
    });
    expect(res.json.adminGrants).toEqual([
      expect.objectContaining({ accessType: "ADMIN", resources: ["prod-db"], grantee: grantee.name }),
    ]);
    expect(
      (await call(securityRoute.GET, "GET", "/api/dashboards/security", { token: engineer.token })).status,
    ).toBe(403);
  });
});
