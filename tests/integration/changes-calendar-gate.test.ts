import { describe, expect, it } from "vitest";
import * as freezeRoute from "@/app/api/change-freezes/[id]/route";
import * as gateRoute from "@/app/api/changes/[key]/gate/route";
import * as calendarRoute from "@/app/api/changes/calendar/route";
import * as metricsRoute from "@/app/api/changes/metrics/route";
import * as incidentRoute from "@/app/api/incidents/[key]/route";
import { call } from "../helpers/api";
import { createTestChange, createTestIncident, createTestService, createTestUser } from "../factories";
import {
  at,
  declareFreeze,
  gate,
  getChange,
  patchChange,
  slot,
  transition,
  tuesday,
  vote,
} from "../helpers/changes";

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof createTestUser>>;

const version = (res: { json: Json }) => Number(res.json.version);
const calendar = (token: string, query: Record<string, string>) =>
  call(calendarRoute.GET, "GET", "/api/changes/calendar", { token, query });
const linkIncident = (token: string, key: string, incidentVersion: number, causedByChange: string | null) =>
  call(incidentRoute.PATCH, "PATCH", `/api/incidents/${key}`, {
    token,
    params: { key },
    body: { version: incidentVersion, causedByChange },
  });

// A standard change (approved on submit) planned on Tuesday `week`, then scheduled.
async function scheduledChange(
  requester: User,
  week: number,
  overrides: Parameters<typeof createTestChange>[1] = {},
) {
  const approved = await createTestChange(
    requester,
    { category: "STANDARD", ...slot(tuesday(week), 10, 0, 60), ...overrides },
    { submit: true },
  );
  const res = await transition(requester.token, approved.key, { version: approved.version, to: "SCHEDULED" });
  expect(res.status).toBe(200);
  return res.json;
}

describe("the deployment gate", () => {
  it("opens only inside the scheduled change's planned window, and says why not otherwise", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const day = tuesday(0);
    const change = await scheduledChange(engineer, 0);
    const key = String(change.key);
    const ask = async (when: string) => (await gate(engineer.token, key, when)).json;

    expect(await ask(at(day, 10, 0))).toEqual({ key, at: at(day, 10, 0), allowed: true, reasons: [] });
    expect(await ask(at(day, 10, 59))).toMatchObject({ allowed: true, reasons: [] });
    expect(await ask(at(day, 9, 30))).toMatchObject({
      allowed: false,
      reasons: [
        "Its planned window opens at 2030-01-01T10:00:00Z",
        "2030-01-01T09:30:00Z is outside the production deployment windows",
      ],
    });
    // Still inside the production window, but after the change's own slot.
    expect(await ask(at(day, 11, 0))).toMatchObject({
      allowed: false,
      reasons: ["Its planned window closed at 2030-01-01T11:00:00Z"],
    });
    expect(await ask(at(day, 10, 30, 1))).toMatchObject({
      allowed: false,
      reasons: [
        "Its planned window closed at 2030-01-01T11:00:00Z",
        "2030-01-02T10:30:00Z is outside the production deployment windows",
      ],
    });
  });

  it("stays shut for a change that is not scheduled", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const day = tuesday(1);
    const draft = await createTestChange(engineer, { category: "STANDARD", ...slot(day, 10, 0, 60) });
    expect((await gate(engineer.token, draft.key, at(day, 10, 30))).json).toMatchObject({
      allowed: false,
      reasons: ["The change is draft, not scheduled"],
    });
    const approved = await createTestChange(
      engineer,
      { category: "STANDARD", ...slot(day, 10, 0, 60) },
      { submit: true },
    );
    expect((await gate(engineer.token, approved.key, at(day, 10, 30))).json).toMatchObject({
      allowed: false,
      reasons: ["The change is approved but not scheduled yet"],
    });
    const cancelled = await transition(engineer.token, approved.key, {
      version: approved.version,
      to: "CANCELLED",
    });
    expect((await gate(engineer.token, approved.key, at(day, 10, 30))).json).toMatchObject({
      allowed: false,
      reasons: ["The change is cancelled, not scheduled"],
    });
    expect(cancelled.json.status).toBe("CANCELLED");
  });

  it("shuts for a freeze declared after scheduling and opens again when it is lifted", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const day = tuesday(2);
    const change = await scheduledChange(engineer, 2);
    const key = String(change.key);
    const freeze = await declareFreeze(manager.token, {
      title: "Incident freeze",
      startsAt: at(day, 9),
      endsAt: at(day, 12),
    });
    expect((await gate(engineer.token, key, at(day, 10, 30))).json).toMatchObject({
      allowed: false,
      reasons: ["A change freeze is in force until 2030-01-15T12:00:00Z (Incident freeze)"],
    });
    const id = String(freeze.json.id);
    expect(
      (
        await call(freezeRoute.DELETE, "DELETE", "", {
          token: manager.token,
          params: { id },
          query: { version: "1" },
        })
      ).status,
    ).toBe(204);
    expect((await gate(engineer.token, key, at(day, 10, 30))).json).toMatchObject({ allowed: true });
  });

  it("answers pipelines with an API token, and nobody without one", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const pipeline = await createTestUser(["EXECUTIVE"]);
    const change = await scheduledChange(engineer, 3);
    const key = String(change.key);
    const res = await gate(pipeline.token, key, at(tuesday(3), 10, 15));
    expect(res.status).toBe(200);
    expect(res.json.allowed).toBe(true);
    const anonymous = await call(gateRoute.GET, "GET", "", {
      params: { key },
      query: { at: at(tuesday(3), 10, 15) },
    });
    expect(anonymous.status).toBe(401);
    expect((await gate(pipeline.token, "CHG-1999-9999", at(tuesday(3), 10, 15))).status).toBe(404);
    expect((await gate(pipeline.token, key, "tomorrow")).status).toBe(422);
  });
});

describe("conflicts and the calendar", () => {
  it("shows overlapping changes on a shared service in the same environment as conflicting, and nothing else", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const [shared, other, third] = await Promise.all([
      createTestService(),
      createTestService(),
      createTestService(),
    ]);
    const day = tuesday(4);
    const a = await createTestChange(engineer, {
      services: [shared.slug, other.slug],
      ...slot(day, 10, 0, 60),
    });
    const b = await createTestChange(engineer, { services: [shared.slug], ...slot(day, 10, 30, 60) });
    const backToBack = await createTestChange(engineer, {
      services: [shared.slug],
      ...slot(day, 11, 30, 60),
    });
    const staging = await createTestChange(engineer, {
      services: [shared.slug],
      environment: "STAGING",
      ...slot(day, 10, 0, 60),
    });
    const unrelated = await createTestChange(engineer, { services: [third.slug], ...slot(day, 10, 0, 60) });
    await declareFreeze(manager.token, {
      title: "Staging rebuild",
      startsAt: at(day, 15),
      endsAt: at(day, 16),
      environments: ["STAGING"],
    });

    const conflictsOf = async (key: string) =>
      ((await getChange(engineer.token, key)).json.conflicts as Json[]).map((c) => [c.key, c.services]);
    expect(await conflictsOf(a.key)).toEqual([[b.key, [shared.slug]]]);
    expect(await conflictsOf(b.key)).toEqual([[a.key, [shared.slug]]]);
    expect(await conflictsOf(backToBack.key)).toEqual([]);
    expect(await conflictsOf(staging.key)).toEqual([]);
    expect(await conflictsOf(unrelated.key)).toEqual([]);

    const res = await calendar(engineer.token, { from: at(day, 0), to: at(day, 0, 0, 1) });
    expect(res.status).toBe(200);
    const ours = [a, b, backToBack, staging, unrelated].map((c) => c.key);
    const changes = (res.json.changes as Json[]).filter((c) => ours.includes(String(c.key)));
    expect(changes.map((c) => [c.key, c.conflictsWith])).toEqual([
      [a.key, [b.key]],
      [staging.key, []],
      [unrelated.key, []],
      [b.key, [a.key]],
      [backToBack.key, []],
    ]);
    expect(res.json.windows).toEqual([
      { environment: "PRODUCTION", start: at(day, 10), end: at(day, 14) },
      { environment: "STAGING", start: at(day, 9), end: at(day, 17) },
    ]);
    expect((res.json.freezes as Json[]).map((f) => [f.title, f.environments])).toEqual([
      ["Staging rebuild", ["STAGING"]],
    ]);
    expect(res.json.conflicts).toEqual([{ a: a.key, b: b.key, services: [shared.slug] }]);

    const production = await calendar(engineer.token, {
      from: at(day, 0),
      to: at(day, 0, 0, 1),
      environment: "PRODUCTION",
    });
    expect((production.json.changes as Json[]).map((c) => c.key)).not.toContain(staging.key);
    expect(production.json.windows).toEqual([
      { environment: "PRODUCTION", start: at(day, 10), end: at(day, 14) },
    ]);
    expect(production.json.freezes).toEqual([]);

    // A cancelled change gives its slot back: neither side lists the other any more.
    const cancelled = await transition(engineer.token, b.key, { version: b.version, to: "CANCELLED" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.conflicts).toEqual([]);
    expect(await conflictsOf(a.key)).toEqual([]);
  });

  it("refuses a range over 62 days or one that ends before it starts (422)", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const day = tuesday(5);
    const tooLong = await calendar(engineer.token, { from: at(day, 0), to: at(day, 0, 1, 62) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.detail).toBe("The calendar shows at most 62 days at a time");
    expect((await calendar(engineer.token, { from: at(day, 0), to: at(day, 0, 0, 62) })).status).toBe(200);
    const backwards = await calendar(engineer.token, { from: at(day, 0, 0, 1), to: at(day, 0) });
    expect(backwards.status).toBe(422);
    expect(backwards.json.errors).toEqual([{ path: "to", message: "Must be after from" }]);
  });
});

describe("dates PostgreSQL cannot store", () => {
  // ISO 8601 allows year 0000 (and an offset can push 0001 back into it); PostgreSQL has no year 0.
  it("are refused with 422 naming the field, never a 500", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const yearZero = "0000-06-01T00:00:00Z";
    const freeze = await declareFreeze(manager.token, {
      title: "Year zero",
      startsAt: yearZero,
      endsAt: "2030-01-01T00:00:00Z",
    });
    expect(freeze.status).toBe(422);
    expect((freeze.json.errors as Json[]).map((e) => e.path)).toEqual(["startsAt"]);
    const cal = await calendar(engineer.token, { from: yearZero, to: "0000-06-10T00:00:00Z" });
    expect(cal.status).toBe(422);
    expect((cal.json.errors as Json[]).map((e) => e.path)).toEqual(["query.from", "query.to"]);
    const metrics = await call(metricsRoute.GET, "GET", "/api/changes/metrics", {
      token: engineer.token,
      query: { from: "0001-01-01T00:30:00+01:00" },
    });
    expect(metrics.status).toBe(422);
    expect((metrics.json.errors as Json[]).map((e) => e.path)).toEqual(["query.from"]);

    const approved = await createTestChange(engineer, { category: "EMERGENCY" }, { submit: true });
    const authorized = await vote(manager.token, approved.key, "APPROVE");
    // An authorized emergency skips the window check, so only the input schema stands between it and the database.
    const scheduled = await transition(engineer.token, approved.key, {
      version: version(authorized),
      to: "SCHEDULED",
      plannedStart: yearZero,
      plannedEnd: "0000-06-01T01:00:00Z",
    });
    expect(scheduled.status).toBe(422);
    expect((scheduled.json.errors as Json[]).map((e) => e.path)).toEqual(["plannedStart", "plannedEnd"]);
    const draft = await createTestChange(engineer);
    const edit = await patchChange(engineer.token, draft.key, { version: 1, plannedStart: yearZero });
    expect(edit.status).toBe(422);
  });
});

describe("changes and the incidents they caused", () => {
  it("links an incident to its change both ways, and refuses an unknown change key", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const change = await createTestChange(engineer);
    const incident = await createTestIncident(engineer, {
      severity: "P2",
      title: "Checkout errors after deploy",
    });

    const unknown = await linkIncident(engineer.token, incident.key, 1, "CHG-1999-9999");
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([{ path: "causedByChange", message: "Not a change key" }]);

    const linked = await linkIncident(engineer.token, incident.key, 1, change.key.toLowerCase());
    expect(linked.status).toBe(200);
    expect(linked.json.causedByChange).toEqual({ key: change.key, title: change.title });
    expect((await getChange(engineer.token, change.key)).json.linkedIncidents).toEqual([
      { key: incident.key, title: "Checkout errors after deploy", severity: "P2", status: "OPEN" },
    ]);

    const unlinked = await linkIncident(engineer.token, incident.key, version(linked), null);
    expect(unlinked.json.causedByChange).toBeNull();
    expect((await getChange(engineer.token, change.key)).json.linkedIncidents).toEqual([]);
  });

  it("measures finished changes, success rate, rollbacks and change-caused incidents for the period", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const from = new Date().toISOString(); // tests in a file run one after another: only this test's changes finish from here
    const finish = async (week: number, to: "COMPLETED" | "ROLLED_BACK") => {
      const scheduled = await scheduledChange(engineer, week);
      const key = String(scheduled.key);
      const implementing = await transition(engineer.token, key, {
        version: Number(scheduled.version),
        to: "IMPLEMENTING",
      });
      if (to === "ROLLED_BACK")
        return (
          await transition(engineer.token, key, { version: version(implementing), to, notes: "Reverted" })
        ).json;
      const verifying = await transition(engineer.token, key, {
        version: version(implementing),
        to: "VERIFYING",
      });
      return (await transition(engineer.token, key, { version: version(verifying), to })).json;
    };
    const clean = await finish(6, "COMPLETED");
    const causedTrouble = await finish(7, "COMPLETED");
    const rolledBack = await finish(8, "ROLLED_BACK");
    const unfinished = await createTestChange(engineer);
    expect([clean.status, causedTrouble.status, rolledBack.status]).toEqual([
      "COMPLETED",
      "COMPLETED",
      "ROLLED_BACK",
    ]);
    for (const cause of [causedTrouble.key, rolledBack.key, unfinished.key]) {
      const incident = await createTestIncident(engineer);
      expect((await linkIncident(engineer.token, incident.key, 1, String(cause))).status).toBe(200);
    }
    await createTestIncident(engineer); // not caused by a change

    const res = await call(metricsRoute.GET, "GET", "/api/changes/metrics", {
      token: engineer.token,
      query: { from, to: new Date(Date.now() + 60_000).toISOString() },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      finished: 3,
      completed: 2,
      rolledBack: 1,
      causedIncidents: 2,
      changeCausedIncidents: 3,
    });
    expect(res.json.successRate).toBeCloseTo(1 / 3, 10);
    expect((res.json.byCategory as Json[]).find((c) => c.category === "STANDARD")).toEqual({
      category: "STANDARD",
      finished: 3,
      successful: 1,
    });

    const before = await call(metricsRoute.GET, "GET", "/api/changes/metrics", {
      token: engineer.token,
      query: { from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z" },
    });
    expect(before.json).toMatchObject({ finished: 0, successRate: null, changeCausedIncidents: 0 });
  });
});
