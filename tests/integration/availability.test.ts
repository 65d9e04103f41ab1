// Availability and error budget through the API, on a hand-made June 2026 for one critical service.
import { beforeAll, describe, expect, it } from "vitest";
import * as availabilityRoute from "@/app/api/availability/route";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { createTestChange, createTestIncident, createTestService, createTestUser } from "../factories";

let user: Awaited<ReturnType<typeof createTestUser>>;
let slug: string;

async function incident(start: string, end: string | null, impact: "OUTAGE" | "DEGRADED" | "NONE") {
  const created = await createTestIncident(
    user,
    { affectedServices: [slug], impact, severity: "P2" },
    new Date(start),
  );
  if (end)
    await db.incident.update({
      where: { key: created.key },
      data: {
        status: "RESOLVED",
        resolvedAt: new Date(end),
        acknowledgedAt: new Date(start),
        resolution: "Fixed",
      },
    });
}

beforeAll(async () => {
  user = await createTestUser(["ENGINEER"]);
  slug = (await createTestService({ tier: "CRITICAL" })).slug;
  await incident("2026-06-10T10:00:00Z", "2026-06-10T10:30:00Z", "OUTAGE"); // 30 min
  await incident("2026-06-10T10:15:00Z", "2026-06-10T11:00:00Z", "DEGRADED"); // overlaps: 10:30–11:00 degraded = 15 weighted
  await incident("2026-06-20T00:00:00Z", "2026-06-20T02:00:00Z", "NONE"); // no impact
  await incident("2026-05-31T23:50:00Z", "2026-06-01T00:10:00Z", "OUTAGE"); // 10 min inside June
  await incident("2026-06-25T09:00:00Z", "2026-06-25T10:00:00Z", "OUTAGE"); // inside maintenance 09:00–11:00 → 0
  const change = await createTestChange(user, { services: [slug] });
  await db.change.update({
    where: { key: change.key },
    data: {
      status: "COMPLETED",
      plannedStart: new Date("2026-06-25T09:00:00Z"),
      plannedEnd: new Date("2026-06-25T11:00:00Z"),
    },
  });
});

describe("GET /api/availability", () => {
  it("computes the month from incident impact, overlaps once, maintenance excluded, with the arithmetic", async () => {
    const res = await call(availabilityRoute.GET, "GET", "/api/availability", {
      token: user.token,
      query: { month: "2026-06" },
    });
    expect(res.status).toBe(200);
    const service = (res.json.services as Record<string, unknown>[]).find((s) => s.slug === slug)!;
    expect(service).toMatchObject({
      tier: "CRITICAL",
      target: 0.999,
      outageMinutes: 40,
      degradedMinutes: 30,
      downMinutes: 55,
      maintenanceMinutes: 120,
      measuredMinutes: 43_200 - 120,
    });
    expect(service.availability).toBeCloseTo(1 - 55 / 43_080, 12);
    expect(service.met).toBe(false);
    expect(service.budgetMinutes).toBeCloseTo(0.001 * 43_080, 9);
    expect(service.budgetLeftMinutes).toBeCloseTo(0.001 * 43_080 - 55, 9);
    expect((service.arithmetic as string[])[1]).toBe(
      "Down: 40 min outage × 1 + 30 min degraded × 0.5 = 55 min",
    );
    expect(service.maintenance).toHaveLength(1);
    const critical = (res.json.tiers as Record<string, unknown>[]).find((t) => t.tier === "CRITICAL")!;
    expect(critical.services as number).toBeGreaterThanOrEqual(1);
  });

  it("refuses a malformed month with 422", async () => {
    const res = await call(availabilityRoute.GET, "GET", "/api/availability", {
      token: user.token,
      query: { month: "2026-13" },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
