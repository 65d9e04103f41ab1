// Idempotency-Key on every keyed create: the key, its response and the write commit together, so a retry
// after any failure replays the first response or finds nothing was written (issue 13, item 2).
import { describe, expect, it } from "vitest";
import * as accessRoute from "@/app/api/access-requests/route";
import * as drTestsRoute from "@/app/api/business-functions/[id]/dr-tests/route";
import * as functionsRoute from "@/app/api/business-functions/route";
import * as freezesRoute from "@/app/api/change-freezes/route";
import * as changesRoute from "@/app/api/changes/route";
import * as updatesRoute from "@/app/api/incidents/[key]/updates/route";
import * as incidentsRoute from "@/app/api/incidents/route";
import * as securityRoute from "@/app/api/security-events/route";
import * as servicesRoute from "@/app/api/services/route";
import * as assessmentsRoute from "@/app/api/vendors/[id]/assessments/route";
import * as vendorsRoute from "@/app/api/vendors/route";
import { IDEMPOTENCY_KEY_RETENTION_DAYS, pruneIdempotencyKeys } from "@/lib/api/idempotency";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { createFunctionOk } from "../helpers/continuity";
import { allScores, createVendorOk, vendorBody } from "../helpers/vendors";
import {
  changeInput,
  createTestIncident,
  createTestService,
  createTestUser,
  serviceInput,
  unique,
} from "../factories";

type Handler = Parameters<typeof call>[0];
type Prepared = {
  handler: Handler;
  path: string;
  params?: Record<string, string>;
  body: unknown;
  count: () => Promise<number>;
};
type Case = {
  name: string;
  roles: Parameters<typeof createTestUser>[0];
  prepare: (token: string, user: Awaited<ReturnType<typeof createTestUser>>) => Prepared | Promise<Prepared>;
};

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

const cases: Case[] = [
  {
    name: "service",
    roles: ["OPS_MANAGER"],
    prepare: () => {
      const body = serviceInput();
      return {
        handler: servicesRoute.POST,
        path: "/api/services",
        body,
        count: () => db.service.count({ where: { slug: body.slug } }),
      };
    },
  },
  {
    name: "incident",
    roles: ["ENGINEER"],
    prepare: () => {
      const title = `Checkout errors ${unique("idem")}`;
      return {
        handler: incidentsRoute.POST,
        path: "/api/incidents",
        body: { title, description: "500s on pay", severity: "P2", impact: "DEGRADED", affectedServices: [] },
        count: () => db.incident.count({ where: { title } }),
      };
    },
  },
  {
    name: "incident update",
    roles: ["ENGINEER"],
    prepare: async (_token, user) => {
      const incident = await createTestIncident(user);
      const impact = `Slow pages ${unique("u")}`;
      return {
        handler: updatesRoute.POST,
        path: `/api/incidents/${incident.key}/updates`,
        params: { key: incident.key },
        body: { impact, currentActions: ["Rolling back"], nextUpdateAt: inAnHour() },
        count: () => db.incidentUpdate.count({ where: { impact } }),
      };
    },
  },
  {
    name: "change",
    roles: ["ENGINEER"],
    prepare: async () => {
      const service = await createTestService();
      const body = changeInput([service.slug], { title: `Raise ${unique("chg")}` });
      return {
        handler: changesRoute.POST,
        path: "/api/changes",
        body,
        count: () => db.change.count({ where: { title: body.title } }),
      };
    },
  },
  {
    name: "change freeze",
    roles: ["OPS_MANAGER"],
    prepare: () => {
      const title = `Freeze ${unique("f")}`;
      const startsAt = new Date(Date.now() + 40 * 86_400_000).toISOString();
      const endsAt = new Date(Date.now() + 41 * 86_400_000).toISOString();
      return {
        handler: freezesRoute.POST,
        path: "/api/change-freezes",
        body: { title, startsAt, endsAt },
        count: () => db.changeFreeze.count({ where: { title } }),
      };
    },
  },
  {
    name: "access request",
    roles: ["ENGINEER"],
    prepare: () => {
      const resource = unique("res");
      return {
        handler: accessRoute.POST,
        path: "/api/access-requests",
        body: {
          accessType: "READ",
          resources: [resource],
          justification: "Read the payment logs for the open incident",
          durationDays: 7,
        },
        count: () => db.accessRequest.count({ where: { resources: { has: resource } } }),
      };
    },
  },
  {
    name: "security event",
    roles: ["SECURITY"],
    prepare: () => {
      const summary = `Odd logins ${unique("s")}`;
      return {
        handler: securityRoute.POST,
        path: "/api/security-events",
        body: { type: "ANOMALY", severity: "LOW", source: "siem", summary },
        count: () => db.securityEvent.count({ where: { summary } }),
      };
    },
  },
  {
    name: "vendor",
    roles: ["OPS_MANAGER"],
    prepare: () => {
      const body = vendorBody();
      return {
        handler: vendorsRoute.POST,
        path: "/api/vendors",
        body,
        count: () => db.vendor.count({ where: { name: body.name as string } }),
      };
    },
  },
  {
    name: "vendor assessment",
    roles: ["OPS_MANAGER"],
    prepare: async (token) => {
      const vendor = await createVendorOk(token);
      const notes = `Assessed ${unique("a")}`;
      return {
        handler: assessmentsRoute.POST,
        path: `/api/vendors/${vendor.id}/assessments`,
        params: { id: vendor.id },
        body: { ...allScores(4), certifications: ["ISO 27001"], notes },
        count: () => db.vendorAssessment.count({ where: { notes } }),
      };
    },
  },
  {
    name: "business function",
    roles: ["OPS_MANAGER"],
    prepare: () => {
      const name = `Payroll ${unique("fn")}`;
      return {
        handler: functionsRoute.POST,
        path: "/api/business-functions",
        body: { name, criticality: "CRITICAL", rtoHours: 4, rpoHours: 1 },
        count: () => db.businessFunction.count({ where: { name } }),
      };
    },
  },
  {
    name: "DR test",
    roles: ["OPS_MANAGER"],
    prepare: async (token) => {
      const fn = await createFunctionOk(token);
      const findings = `Restore ok ${unique("dr")}`;
      return {
        handler: drTestsRoute.POST,
        path: `/api/business-functions/${fn.id}/dr-tests`,
        params: { id: fn.id },
        body: {
          type: "BACKUP_RESTORE",
          status: "DONE",
          measuredRtoHours: 2,
          measuredRpoHours: 0.5,
          findings,
        },
        count: () => db.drTest.count({ where: { findings } }),
      };
    },
  },
];

describe("Idempotency-Key on every keyed create", () => {
  it.each(cases)(
    "a retried $name create replays the first response, byte for byte, and writes once",
    async ({ roles, prepare }) => {
      const user = await createTestUser(roles);
      const { handler, path, params, body, count } = await prepare(user.token, user);
      const headers = { "idempotency-key": unique("key") };
      const first = await call(handler, "POST", path, { token: user.token, params, body, headers });
      expect(first.status, first.text).toBe(201);
      const retry = await call(handler, "POST", path, { token: user.token, params, body, headers });
      expect(retry.status).toBe(201);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.json).toEqual(first.json);
      expect(await count()).toBe(1);
    },
  );

  it("keeps the key, its response and the write together when the portal fails right after the write commits", async () => {
    // The tester's crash: an incident committed, then the database went away before the response was
    // kept; the client saw a 5xx and retried. Here every later write to the keys table fails as if the
    // database had gone, so nothing can be stored after the create's own transaction.
    const engineer = await createTestUser(["ENGINEER"]);
    const title = `Crash drill ${unique("c")}`;
    const body = {
      title,
      description: "Killed mid-request",
      severity: "P3",
      impact: "DEGRADED",
      affectedServices: [],
    };
    const headers = { "idempotency-key": unique("crash") };
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_keys_unreachable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01'; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_keys_unreachable BEFORE UPDATE OR DELETE ON idempotency_keys FOR EACH ROW EXECUTE FUNCTION test_keys_unreachable()`,
    );
    try {
      const first = await call(incidentsRoute.POST, "POST", "/api/incidents", {
        token: engineer.token,
        body,
        headers,
      });
      const retry = await call(incidentsRoute.POST, "POST", "/api/incidents", {
        token: engineer.token,
        body,
        headers,
      });
      expect(await db.incident.count({ where: { title } })).toBe(1);
      expect(retry.status).toBe(201);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.json.key).toBe(first.json.key);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_keys_unreachable ON idempotency_keys`);
    }
  });

  it("leaves no key behind when the write fails, so the retry writes once", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const taken = await createTestService();
    const headers = { "idempotency-key": unique("fail") };
    const refused = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: serviceInput({ slug: taken.slug }),
      headers,
    });
    expect(refused.status).toBe(409);
    const body = serviceInput();
    const retry = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body,
      headers,
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
  });

  it("answers racing duplicates with the one incident they share", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const title = `Raced report ${unique("r")}`;
    const body = {
      title,
      description: "Ten people saw it",
      severity: "P3",
      impact: "DEGRADED",
      affectedServices: [],
    };
    const headers = { "idempotency-key": unique("race") };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(incidentsRoute.POST, "POST", "/api/incidents", { token: engineer.token, body, headers }),
      ),
    );
    expect(await db.incident.count({ where: { title } })).toBe(1);
    const keys = new Set(answers.filter((a) => a.status === 201).map((a) => a.json.key));
    expect(keys.size).toBe(1);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
  });

  it("refuses the same key for another body with 422 and keeps the first write", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const headers = { "idempotency-key": unique("other") };
    const first = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: serviceInput(),
      headers,
    });
    expect(first.status).toBe(201);
    const other = await call(servicesRoute.POST, "POST", "/api/services", {
      token: manager.token,
      body: serviceInput(),
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.headers.get("content-type")).toBe("application/problem+json");
  });

  it("keeps keys for a week, then the nightly job forgets them", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const headers = { "idempotency-key": unique("old") };
    const body = serviceInput();
    expect(
      (await call(servicesRoute.POST, "POST", "/api/services", { token: manager.token, body, headers }))
        .status,
    ).toBe(201);
    const later = new Date(Date.now() + (IDEMPOTENCY_KEY_RETENTION_DAYS + 1) * 86_400_000);
    expect((await pruneIdempotencyKeys(new Date(Date.now() + 3_600_000))).deleted).toBe(0);
    expect((await pruneIdempotencyKeys(later)).deleted).toBeGreaterThanOrEqual(1);
    expect(await db.idempotencyKey.count({ where: { userId: manager.id } })).toBe(0);
  });
});
