// Freshness of the rollups behind the dashboards: after random sequences of creates, updates and
// deletes (through the portal and by plain SQL, single rows and many at once, concurrently too), each
// rollup table equals a full recomputation from its base table, and the dashboards' availability read
// from the rollup equals the one computed from every incident.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readRecomputed, readStored, type RollupName } from "@/lib/dashboards/full-scan";
import { updateIncident } from "@/lib/incidents/update-incident";
import { availabilitySummary } from "@/lib/sla/availability-rollup";
import { monthlyAvailability } from "@/lib/sla/service-availability";
import { updateSecurityEvent } from "@/lib/security/security-events";
import { createTestIncident, createTestService, createTestUser } from "../factories";

// A small deterministic PRNG (mulberry32), so a failure can be replayed with the same seed.
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60_000;
// Around a month edge, so spans cross days and months.
const BASE = Date.parse("2026-05-30T20:00:00Z");
let user: Awaited<ReturnType<typeof createTestUser>>;
let services: string[];

async function expectRollupFresh(name: RollupName) {
  const [stored, recomputed] = await Promise.all([readStored(name), readRecomputed(name)]);
  expect(stored.length, `${name}: rows`).toBe(recomputed.length);
  stored.forEach((row, i) => {
    const want = recomputed[i]!;
    for (const [k, v] of Object.entries(want)) {
      if (typeof v === "number" && !Number.isInteger(v))
        expect(row[k] as number, `${name}[${i}].${k}`).toBeCloseTo(v, 3);
      else expect(row[k], `${name}[${i}].${k}`).toEqual(v);
    }
  });
  return stored.length;
}

beforeAll(async () => {
  user = await createTestUser(["OPS_MANAGER"]);
  services = [];
  for (let i = 0; i < 3; i++)
    services.push((await createTestService({ tier: i === 0 ? "CRITICAL" : "STANDARD" })).slug);
});

describe("incident rollups (daily stats, service impact)", () => {
  it("equal a full recomputation after a random sequence of creates, updates and deletes", async () => {
    const random = rng(20261127);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const someServices = () =>
      services
        .filter(() => random() < 0.5)
        .concat(pick(services))
        .filter((s, i, all) => all.indexOf(s) === i);
    const at = () => new Date(BASE + Math.floor(random() * 3 * 24 * 60) * MIN);
    const keys: string[] = [];
    for (let step = 0; step < 80; step++) {
      const op = random();
      if (op < 0.3 || keys.length < 5) {
        const created = await createTestIncident(
          user,
          {
            severity: pick(["P1", "P2", "P3", "P4"] as const),
            impact: pick(["OUTAGE", "DEGRADED", "NONE"] as const),
            affectedServices: someServices(),
          },
          at(),
        );
        keys.push(created.key);
      } else if (op < 0.45) {
        // Through the portal: acknowledge, resolve, reopen or change severity.
        const key = pick(keys);
        const row = await db.incident.findUnique({ where: { key } });
        if (!row) continue;
        const now = new Date(row.createdAt.getTime() + Math.floor(random() * 600) * MIN);
        const input =
          row.status === "OPEN"
            ? { version: row.version, status: "IN_PROGRESS" as const }
            : row.status === "IN_PROGRESS"
              ? { version: row.version, status: "RESOLVED" as const, resolution: "Fixed" }
              : row.status === "RESOLVED" && random() < 0.5
                ? { version: row.version, status: "IN_PROGRESS" as const }
                : { version: row.version, severity: pick(["P1", "P2", "P3", "P4"] as const) };
        await updateIncident({ ...user, via: "token" }, key, input, now).catch(() => undefined);
      } else if (op < 0.7) {
        // Plain SQL on one incident: move its span, impact or services.
        const key = pick(keys);
        const start = at();
        const resolved =
          random() < 0.8 ? new Date(start.getTime() + Math.floor(random() * 2000) * MIN) : null;
        await db.$executeRaw`
          UPDATE incidents SET created_at = ${start}, resolved_at = ${resolved}, acknowledged_at = ${resolved ? start : null},
            impact = ${pick(["OUTAGE", "DEGRADED", "NONE"])}::"IncidentImpact", affected_services = ${someServices()}::text[]
          WHERE key = ${key}`;
      } else if (op < 0.8) {
        // Many rows in one statement.
        await db.$executeRaw`UPDATE incidents SET resolved_at = created_at + interval '95 minutes', status = 'RESOLVED' WHERE key = ANY(${keys.filter(() => random() < 0.3)}::text[])`;
      } else if (op < 0.92) {
        const key = pick(keys);
        await db.$executeRaw`DELETE FROM incidents WHERE key = ${key}`;
        keys.splice(keys.indexOf(key), 1);
      } else {
        const gone = keys.filter(() => random() < 0.2);
        await db.$executeRaw`DELETE FROM incidents WHERE key = ANY(${gone}::text[])`;
        for (const k of gone) keys.splice(keys.indexOf(k), 1);
      }
    }
    expect(await expectRollupFresh("incidentDailyStats")).toBeGreaterThan(0);
    expect(await expectRollupFresh("serviceImpactDaily")).toBeGreaterThan(0);
  }, 120_000);

  it("stays exact when many transactions resolve incidents of the same service and day at once", async () => {
    const slug = services[0]!;
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createTestIncident(
          user,
          { severity: "P2", impact: i % 3 === 0 ? "OUTAGE" : "DEGRADED", affectedServices: [slug] },
          new Date(Date.parse("2026-07-14T08:00:00Z") + i * 7 * MIN),
        ),
      ),
    );
    await Promise.all(
      made.map(
        (m, i) =>
          db.$executeRaw`UPDATE incidents SET status = 'RESOLVED', resolved_at = created_at + ${`${30 + i * 11} minutes`}::interval WHERE key = ${m.key}`,
      ),
    );
    await expectRollupFresh("serviceImpactDaily");
    await expectRollupFresh("incidentDailyStats");
  });

  it("gives the dashboards the same availability as the computation from every incident", async () => {
    const now = new Date("2026-06-02T12:00:00Z");
    const own = (await createTestService({ tier: "CRITICAL" })).slug;
    // An incident still open (it runs until now) and one resolved, on the same service, overlapping.
    await createTestIncident(
      user,
      { severity: "P1", impact: "OUTAGE", affectedServices: [own] },
      new Date("2026-06-01T10:00:00Z"),
    );
    const done = await createTestIncident(
      user,
      { severity: "P2", impact: "DEGRADED", affectedServices: [own] },
      new Date("2026-06-01T09:00:00Z"),
    );
    await db.$executeRaw`UPDATE incidents SET status = 'RESOLVED', resolved_at = '2026-06-01T11:00:00Z' WHERE key = ${done.key}`;
    for (const month of [
      new Date("2026-05-15T00:00:00Z"),
      new Date("2026-06-15T00:00:00Z"),
      new Date("2026-07-15T00:00:00Z"),
    ]) {
      const [fromRollup, full] = await Promise.all([
        availabilitySummary(month, now),
        monthlyAvailability(month.getUTCFullYear(), month.getUTCMonth() + 1, now),
      ]);
      for (const s of full.services) {
        const r = fromRollup.services.find((x) => x.slug === s.slug)!;
        expect(r.outageMinutes, `${s.slug} ${fromRollup.month} outage`).toBeCloseTo(s.outageMinutes, 6);
        expect(r.degradedMinutes, `${s.slug} ${fromRollup.month} degraded`).toBeCloseTo(s.degradedMinutes, 6);
        expect(r.availability).toEqual(s.availability === null ? null : expect.closeTo(s.availability, 9));
        expect(r.arithmetic).toEqual(s.arithmetic);
      }
      expect(fromRollup.tiers).toEqual(full.tiers);
    }
    const june = await availabilitySummary(new Date("2026-06-15T00:00:00Z"), now);
    // 09:00–10:00 degraded, 10:00 → now (2 June 12:00) outage: 26 h × 60 outage minutes.
    expect(june.services.find((s) => s.slug === own)).toMatchObject({
      outageMinutes: 26 * 60,
      degradedMinutes: 60,
      downMinutes: 26 * 60 + 30,
    });
  });
});

describe("security_event_daily", () => {
  it("equals a full recomputation after random records, triage and deletes", async () => {
    const security = await createTestUser(["SECURITY"]);
    const random = rng(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let step = 0; step < 60; step++) {
      const op = random();
      if (op < 0.5) {
        await db.securityEvent.create({
          data: {
            type: pick(["LOGIN_ATTEMPT", "DATA_ACCESS", "SYSTEM_CHANGE", "ANOMALY"] as const),
            severity: pick(["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const),
            source: "test",
            summary: "Random",
            details: {},
            at: new Date(BASE + Math.floor(random() * 4 * 1440) * MIN),
          },
        });
      } else if (op < 0.75) {
        const event = await db.securityEvent.findFirst({
          where: { investigated: random() < 0.8 ? false : true },
          orderBy: { at: random() < 0.5 ? "asc" : "desc" },
        });
        if (event)
          await updateSecurityEvent({ ...security, via: "token" }, event.id, {
            version: event.version,
            investigated: !event.investigated,
          });
      } else if (op < 0.85) {
        await db.$executeRaw`UPDATE security_events SET at = at + interval '1 day', severity = 'HIGH' WHERE id IN (SELECT id FROM security_events ORDER BY random() LIMIT 3)`;
      } else {
        await db.$executeRaw`DELETE FROM security_events WHERE id IN (SELECT id FROM security_events ORDER BY random() LIMIT 2)`;
      }
    }
    expect(await expectRollupFresh("securityEventDaily")).toBeGreaterThan(0);
  });
});
