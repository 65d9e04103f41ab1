// Every dashboard figure opens a list of exactly that many items (issue 14): the list filters the
// figures link with (incidents by SLA state or caused by a change, changes by when and how they
// finished, security events by the UTC days of a period, ADMIN grants in force) and the lists' `total`,
// each checked against the dashboard figure computed from the same data in a fresh database.
import { beforeAll, describe, expect, it } from "vitest";
import * as accessRoute from "@/app/api/access-requests/route";
import * as changesRoute from "@/app/api/changes/route";
import * as executiveRoute from "@/app/api/dashboards/executive/route";
import * as operationsRoute from "@/app/api/dashboards/operations/route";
import * as securityDashboardRoute from "@/app/api/dashboards/security/route";
import * as incidentsRoute from "@/app/api/incidents/route";
import * as securityEventsRoute from "@/app/api/security-events/route";
import { securityDays } from "@/app/(portal)/dashboards/_components/format";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { createTestChange, createTestIncident, createTestUser } from "../factories";
import { createVendorCall, listVendorsCall, vendorBody } from "../helpers/vendors";

type Json = Record<string, unknown>;
type Page = { items: Json[]; nextCursor: string | null; total: number };
const HOUR = 3_600_000;

let manager: Awaited<ReturnType<typeof createTestUser>>;
let security: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  manager = await createTestUser(["OPS_MANAGER"]);
  security = await createTestUser(["SECURITY", "ADMIN"]);
});

const list = async (
  route: { GET: Parameters<typeof call>[0] },
  path: string,
  query: Record<string, string>,
  token = manager.token,
) => {
  const res = await call(route.GET, "GET", path, { token, query });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json as unknown as Page;
};
const keys = (page: Page) => page.items.map((i) => i.key).sort();

describe("the incident list's ?sla= filter and the operations figures", () => {
  it("opens exactly the breached, at-risk and update-overdue incidents the dashboard counts, a late acknowledgement included", async () => {
    const now = Date.now();
    const breached = await createTestIncident(manager, { severity: "P3" }, new Date(now - 5 * HOUR)); // response due after 4 h, not acknowledged
    const atRisk = await createTestIncident(manager, { severity: "P3" }, new Date(now - 3.5 * HOUR)); // 87.5 % of 4 h
    const fresh = await createTestIncident(manager, { severity: "P3" }, new Date(now - HOUR));
    const lateAck = await createTestIncident(manager, { severity: "P2" }, new Date(now - 2 * HOUR)); // response due after 1 h
    await db.$executeRaw`UPDATE incidents SET acknowledged_at = created_at + interval '90 minutes', status = 'IN_PROGRESS' WHERE key = ${lateAck.key}`;
    const resolved = await createTestIncident(manager, { severity: "P3" }, new Date(now - 10 * HOUR));
    await db.$executeRaw`UPDATE incidents SET status = 'RESOLVED', resolved_at = now() WHERE key = ${resolved.key}`;
    await db.$executeRaw`UPDATE incidents SET next_update_due_at = now() - interval '5 minutes' WHERE key = ${fresh.key}`;

    const dashboard = await call(operationsRoute.GET, "GET", "/api/dashboards/operations", {
      token: manager.token,
    });
    const counts = dashboard.json.counts as Record<string, number>;
    const byState = {
      breached: await list(incidentsRoute, "/api/incidents", { sla: "breached" }),
      "at-risk": await list(incidentsRoute, "/api/incidents", { sla: "at-risk" }),
      "update-overdue": await list(incidentsRoute, "/api/incidents", { sla: "update-overdue" }),
    };
    expect(keys(byState.breached)).toEqual([breached.key, lateAck.key].sort());
    expect(keys(byState["at-risk"])).toEqual([atRisk.key]);
    expect(keys(byState["update-overdue"])).toEqual([fresh.key]);
    expect({
      breached: counts.breached,
      atRisk: counts.atRisk,
      overdueUpdates: counts.overdueUpdates,
    }).toEqual({
      breached: byState.breached.total,
      atRisk: byState["at-risk"].total,
      overdueUpdates: byState["update-overdue"].total,
    });
    expect(counts.open).toBe((await list(incidentsRoute, "/api/incidents", {})).total);
    expect(
      (
        await call(incidentsRoute.GET, "GET", "/api/incidents", {
          token: manager.token,
          query: { sla: "late" },
        })
      ).status,
    ).toBe(422);
  });

  it("counts every page's items in `total`, the same on the next page", async () => {
    const first = await list(incidentsRoute, "/api/incidents", {
      status: "OPEN,IN_PROGRESS,RESOLVED,CLOSED",
      limit: "1",
    });
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThan(1);
    const second = await list(incidentsRoute, "/api/incidents", {
      status: "OPEN,IN_PROGRESS,RESOLVED,CLOSED",
      limit: "1",
      cursor: first.nextCursor!,
    });
    expect(second.total).toBe(first.total);
  });
});

describe("the change list's finished-in-a-period filter and the executive change figures", () => {
  it("counts closed changes by how they finished: Completed and Rolled back open exactly those, and change-caused incidents theirs", async () => {
    const finishedAt = new Date(Date.now() - 2 * 86_400_000);
    const finish = async (status: string, rollbackNotes: string | null) => {
      const change = await createTestChange(manager);
      await db.change.update({
        where: { key: change.key },
        data: { status: status as "CLOSED", finishedAt, rollbackNotes },
      });
      return change;
    };
    const completed = await finish("COMPLETED", null);
    const completedThenClosed = await finish("CLOSED", null);
    const rolledBackThenClosed = await finish("CLOSED", "Reverted the release");
    await createTestChange(manager); // a draft: not finished
    const cause = await createTestIncident(manager, { severity: "P4" });
    await db.$executeRaw`UPDATE incidents SET caused_by_change_id = (SELECT id FROM changes WHERE key = ${rolledBackThenClosed.key}) WHERE key = ${cause.key}`;

    const period = {
      from: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      to: new Date(Date.now() + 60_000).toISOString(),
    };
    const exec = await call(executiveRoute.GET, "GET", "/api/dashboards/executive", {
      token: manager.token,
      query: period,
    });
    const figures = exec.json.changes as Record<string, number>;
    expect(figures).toMatchObject({ finished: 3, completed: 2, rolledBack: 1, changeCausedIncidents: 1 });

    const window = { finishedFrom: period.from, finishedTo: period.to };
    const finished = await list(changesRoute, "/api/changes", window);
    const done = await list(changesRoute, "/api/changes", { ...window, outcome: "completed" });
    const rolledBack = await list(changesRoute, "/api/changes", { ...window, outcome: "rolled-back" });
    expect(keys(done)).toEqual([completed.key, completedThenClosed.key].sort());
    expect(keys(rolledBack)).toEqual([rolledBackThenClosed.key]);
    expect([finished.total, done.total, rolledBack.total]).toEqual([
      figures.finished,
      figures.completed,
      figures.rolledBack,
    ]);
    // Before: ?status=ROLLED_BACK found none of them (it was closed since).
    expect((await list(changesRoute, "/api/changes", { status: "ROLLED_BACK" })).total).toBe(0);

    const caused = await list(incidentsRoute, "/api/incidents", {
      status: "OPEN,IN_PROGRESS,RESOLVED,CLOSED",
      from: period.from,
      to: period.to,
      causedByChange: "true",
    });
    expect(keys(caused)).toEqual([cause.key]);
    expect(caused.total).toBe(figures.changeCausedIncidents);
  });
});

describe("the security figures of a period and the access figures", () => {
  it("open the events of the UTC days the period touches, and the ADMIN grants in force", async () => {
    const ev = (
      type: "LOGIN_ATTEMPT" | "ANOMALY",
      severity: "LOW" | "MEDIUM" | "HIGH",
      at: string,
      investigated = false,
    ) =>
      db.securityEvent.create({
        data: {
          type,
          severity,
          source: "test",
          summary: `${type} ${severity}`,
          details: {},
          at: new Date(at),
          investigated,
        },
      });
    await ev("LOGIN_ATTEMPT", "LOW", "2026-10-05T03:00:00Z", true); // a successful sign-in, before `from` on its first day
    await ev("LOGIN_ATTEMPT", "MEDIUM", "2026-10-05T04:00:00Z");
    await ev("LOGIN_ATTEMPT", "HIGH", "2026-10-06T20:00:00Z");
    await ev("ANOMALY", "HIGH", "2026-10-06T21:00:00Z");
    await ev("ANOMALY", "HIGH", "2026-09-30T12:00:00Z"); // before the period: an all-time list would count it
    const grantee = await createTestUser(["ENGINEER"]);
    const grant = (expiresAt: Date | null) =>
      db.accessRequest.create({
        data: {
          requestedById: grantee.id,
          requestedForId: grantee.id,
          accessType: "ADMIN",
          resources: ["prod-db"],
          justification: "Migration",
          durationDays: 1,
          status: "APPROVED",
          decidedAt: new Date(),
          expiresAt,
        },
      });
    await grant(new Date(Date.now() + 86_400_000));
    await grant(new Date(Date.now() - 60_000)); // past its expiry, not yet marked expired by the job

    const period = { from: "2026-10-05T12:00:00.000Z", to: "2026-10-06T12:00:00.000Z" };
    const res = await call(securityDashboardRoute.GET, "GET", "/api/dashboards/security", {
      token: security.token,
      query: period,
    });
    const totals = res.json.totals as Record<string, number>;
    const days = securityDays(res.json.period as { from: string; to: string });
    expect(days).toEqual({ from: "2026-10-05T00:00:00.000Z", to: "2026-10-07T00:00:00.000Z" });
    const events = (query: Record<string, string>) =>
      list(securityEventsRoute, "/api/security-events", { ...query, ...days }, security.token);
    expect((await events({})).total).toBe(totals.events);
    expect((await events({ investigated: "false" })).total).toBe(totals.uninvestigated);
    expect((await events({ type: "LOGIN_ATTEMPT", severity: "MEDIUM,HIGH,CRITICAL" })).total).toBe(
      totals.failedSignIns,
    );
    expect((await events({ type: "ANOMALY" })).total).toBe(totals.anomalies);
    expect(totals).toMatchObject({
      events: 4,
      uninvestigated: 3,
      failedSignIns: 2,
      anomalies: 1,
      adminGrants: 1,
    });

    const inForce = await list(
      accessRoute,
      "/api/access-requests",
      { status: "APPROVED", accessType: "ADMIN", inForce: "true" },
      security.token,
    );
    expect(inForce.total).toBe(totals.adminGrants);
    expect(
      (
        await list(
          accessRoute,
          "/api/access-requests",
          { status: "APPROVED", accessType: "ADMIN" },
          security.token,
        )
      ).total,
    ).toBe(2);
  });
});

describe("the executive vendor figures", () => {
  it("open the vendors never assessed and those whose review is overdue, not everyone needing attention", async () => {
    const neverAssessed = await createVendorCall(manager.token, vendorBody({ criticality: "CRITICAL" }));
    expect(neverAssessed.status).toBe(201);
    // Recorded long ago and never assessed: its review is overdue.
    await db.vendor.update({
      where: { id: neverAssessed.vendor.id },
      data: { createdAt: new Date("2020-01-01T00:00:00Z") },
    });
    // Assessed never, created today: not overdue, but in its notice period (needs attention for another reason).
    const inNotice = await createVendorCall(
      manager.token,
      vendorBody({
        contractStart: "2025-01-01",
        contractEnd: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        noticePeriodDays: 30,
      }),
    );
    expect(inNotice.status).toBe(201);

    const exec = await call(executiveRoute.GET, "GET", "/api/dashboards/executive", { token: manager.token });
    const vendors = exec.json.vendors as {
      byAction: { action: string; count: number }[];
      reviewsOverdue: number;
    };
    const unassessed = vendors.byAction.find((a) => a.action === "UNASSESSED")!.count;
    const byLink = async (query: Record<string, string>) =>
      (await listVendorsCall(manager.token, query)).vendors.length;
    expect(await byLink({ action: "UNASSESSED" })).toBe(unassessed);
    expect(await byLink({ reviewOverdue: "true" })).toBe(vendors.reviewsOverdue);
    expect(vendors.reviewsOverdue).toBe(1);
    // Before: the figure linked to ?attention=true, which also lists the vendor in its notice period.
    expect(await byLink({ attention: "true" })).toBeGreaterThan(vendors.reviewsOverdue);
  });
});
