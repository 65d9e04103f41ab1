// On-call schedules through the API against a real PostgreSQL: who may create and edit them, stale
// versions, overrides changing who is on call, gaps, the timeline's range cap, the token-only iCal feed
// and the audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import * as calendarRoute from "@/app/api/schedules/[id]/calendar.ics/route";
import * as feedTokenRoute from "@/app/api/schedules/[id]/feed-token/route";
import * as onCallRoute from "@/app/api/schedules/[id]/on-call/route";
import * as overrideRoute from "@/app/api/schedules/[id]/overrides/[overrideId]/route";
import * as overridesRoute from "@/app/api/schedules/[id]/overrides/route";
import * as scheduleRoute from "@/app/api/schedules/[id]/route";
import * as timelineRoute from "@/app/api/schedules/[id]/timeline/route";
import * as schedulesRoute from "@/app/api/schedules/route";
import { db } from "@/lib/db";
import { hashFeedToken } from "@/lib/oncall/feed-token";
import { seedDemoOnCall } from "@/prisma/seed-oncall";
import { createTestUser, unique } from "../factories";
import { call } from "../helpers/api";

type User = Awaited<ReturnType<typeof createTestUser>>;
let manager: User;
let engineer: User;
let ada: User;
let bob: User;

beforeAll(async () => {
  manager = await createTestUser(["OPS_MANAGER"]);
  engineer = await createTestUser(["ENGINEER"]);
  ada = await createTestUser(["ENGINEER"], { name: "Ada Lovelace" });
  bob = await createTestUser(["ENGINEER"], { name: "Bob Builder" });
});

// Daily turns at 09:00 UTC from Tuesday 1 Dec 2026: Ada, Bob, Ada, …
const dailyBody = (people: string[], extra: Record<string, unknown> = {}) => ({
  name: unique("Primary"),
  timeZone: "UTC",
  layers: [
    {
      people,
      startsAt: "2026-12-01T09:00:00Z",
      handoffTime: "09:00",
      turn: { unit: "day", length: 1 },
      ...extra,
    },
  ],
});

async function createOk(body: Record<string, unknown>) {
  const res = await call(schedulesRoute.POST, "POST", "/api/schedules", { token: manager.token, body });
  expect(res.status).toBe(201);
  return res.json as { id: string; version: number; feedUrl: string } & Record<string, unknown>;
}

const onCall = (id: string, at: string, token = engineer.token) =>
  call(onCallRoute.GET, "GET", "", { token, params: { id }, query: { at } });

const feed = (id: string, token?: string) =>
  call(calendarRoute.GET, "GET", "", { params: { id }, query: token === undefined ? {} : { token } });

const tokenOf = (feedUrl: string) => new URL(feedUrl, "http://x").searchParams.get("token")!;

const auditActions = async (id: string) =>
  (
    await db.auditLog.findMany({ where: { entityType: "schedule", entityId: id }, orderBy: { id: "asc" } })
  ).map((a) => a.action);

describe("creating and editing schedules", () => {
  it("an ops manager creates one (feed URL shown once); an engineer reads it but may not create", async () => {
    const created = await createOk(dailyBody([ada.id, bob.id]));
    expect(created.version).toBe(1);
    expect(created.feedUrl).toMatch(
      new RegExp(`^/api/schedules/${created.id}/calendar\\.ics\\?token=nfeed_`),
    );
    expect(created.people).toEqual([
      { id: ada.id, name: "Ada Lovelace", email: ada.email, isActive: true },
      { id: bob.id, name: "Bob Builder", email: bob.email, isActive: true },
    ]);

    const read = await call(scheduleRoute.GET, "GET", "", {
      token: engineer.token,
      params: { id: created.id },
    });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: created.id, hasFeed: true, timeZone: "UTC" });
    expect(read.json).not.toHaveProperty("feedUrl");
    expect(JSON.stringify(read.json)).not.toContain("nfeed_");

    const refused = await call(schedulesRoute.POST, "POST", "/api/schedules", {
      token: engineer.token,
      body: dailyBody([ada.id]),
    });
    expect(refused.status).toBe(403);

    const list = await call(schedulesRoute.GET, "GET", "/api/schedules", { token: engineer.token });
    expect(list.json.items!.map((s) => s.id)).toContain(created.id);
  });

  it("refuses people who are not active users, naming the field", async () => {
    const gone = await createTestUser(["ENGINEER"]);
    await db.user.update({ where: { id: gone.id }, data: { isActive: false } });
    const res = await call(schedulesRoute.POST, "POST", "/api/schedules", {
      token: manager.token,
      body: dailyBody([ada.id, gone.id, "00000000-0000-4000-8000-000000000000"]),
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { path: "layers.0.people.1", message: "This person's account is deactivated" },
      { path: "layers.0.people.2", message: "No such person" },
    ]);
  });

  it("a second schedule with the same name is a 409 naming the field", async () => {
    const body = dailyBody([ada.id]);
    await createOk(body);
    const again = await call(schedulesRoute.POST, "POST", "/api/schedules", { token: manager.token, body });
    expect(again.status).toBe(409);
    expect(again.json.errors).toEqual([{ path: "name", message: "Already in use" }]);
  });

  it("a stale version is a 409 and changes nothing; the current one edits and moves the version", async () => {
    const s = await createOk(dailyBody([ada.id]));
    const edit = (version: number) =>
      call(scheduleRoute.PATCH, "PATCH", "", {
        token: manager.token,
        params: { id: s.id },
        body: { version, description: "Weekdays only", timeZone: "Europe/Berlin" },
      });
    const ok = await edit(1);
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ version: 2, description: "Weekdays only", timeZone: "Europe/Berlin" });
    const stale = await edit(1);
    expect(stale.status).toBe(409);
    const engineerEdit = await call(scheduleRoute.PATCH, "PATCH", "", {
      token: engineer.token,
      params: { id: s.id },
      body: { version: 2, description: "x" },
    });
    expect(engineerEdit.status).toBe(403);
    expect(await auditActions(s.id)).toEqual(["schedule.create", "schedule.update"]);
  });
});

describe("who is on call", () => {
  it("follows the rotation, and an override takes over until it is removed", async () => {
    const s = await createOk(dailyBody([ada.id, bob.id]));
    const before = await onCall(s.id, "2026-12-01T12:00:00Z");
    expect(before.status).toBe(200);
    expect(before.json).toEqual({
      at: "2026-12-01T12:00:00.000Z",
      person: { id: ada.id, name: "Ada Lovelace", email: ada.email },
      layer: 0,
      from: "2026-12-01T09:00:00.000Z",
      until: "2026-12-02T09:00:00.000Z",
    });

    const added = await call(overridesRoute.POST, "POST", "", {
      token: manager.token,
      params: { id: s.id },
      body: { version: 1, userId: bob.id, from: "2026-12-01T10:00:00Z", to: "2026-12-01T14:00:00Z" },
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ person: { id: bob.id }, scheduleVersion: 2 });

    const during = await onCall(s.id, "2026-12-01T12:00:00Z");
    expect(during.json).toMatchObject({
      person: { id: bob.id, name: "Bob Builder" },
      layer: "override",
      from: "2026-12-01T10:00:00.000Z",
      until: "2026-12-01T14:00:00.000Z",
    });

    const listed = await call(overridesRoute.GET, "GET", "", {
      token: engineer.token,
      params: { id: s.id },
      query: { from: "2026-11-01T00:00:00Z" },
    });
    expect(listed.json.items!.map((o) => o.id)).toEqual([added.json.id]);

    const staleAdd = await call(overridesRoute.POST, "POST", "", {
      token: manager.token,
      params: { id: s.id },
      body: { version: 1, userId: ada.id, from: "2026-12-03T10:00:00Z", to: "2026-12-03T14:00:00Z" },
    });
    expect(staleAdd.status).toBe(409);
    const staleDelete = await call(overrideRoute.DELETE, "DELETE", "", {
      token: manager.token,
      params: { id: s.id, overrideId: added.json.id as string },
      query: { version: "1" },
    });
    expect(staleDelete.status).toBe(409);

    const removed = await call(overrideRoute.DELETE, "DELETE", "", {
      token: manager.token,
      params: { id: s.id, overrideId: added.json.id as string },
      query: { version: "2" },
    });
    expect(removed.status).toBe(204);
    expect((await onCall(s.id, "2026-12-01T12:00:00Z")).json).toMatchObject({ person: { id: ada.id } });
    expect(await auditActions(s.id)).toEqual([
      "schedule.create",
      "schedule.override.create",
      "schedule.override.delete",
    ]);
  });

  it("an override for someone who is not an active user is refused, naming the field", async () => {
    const s = await createOk(dailyBody([ada.id]));
    const res = await call(overridesRoute.POST, "POST", "", {
      token: manager.token,
      params: { id: s.id },
      body: {
        version: 1,
        userId: "00000000-0000-4000-8000-000000000000",
        from: "2026-12-01T10:00:00Z",
        to: "2026-12-01T14:00:00Z",
      },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([{ path: "userId", message: "No such person" }]);
  });

  it("answers person null in a gap (outside the layer's restrictions, or before it starts)", async () => {
    const s = await createOk(
      dailyBody([ada.id, bob.id], {
        restrictions: [{ days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:00" }],
      }),
    );
    // Saturday 5 December 2026, noon: the weekday layer shows nobody from Friday 17:00 to Monday 09:00.
    const weekend = await onCall(s.id, "2026-12-05T12:00:00Z");
    expect(weekend.status).toBe(200);
    expect(weekend.json).toMatchObject({
      person: null,
      layer: null,
      from: "2026-12-04T17:00:00.000Z",
      until: "2026-12-07T09:00:00.000Z",
    });
    expect((await onCall(s.id, "2026-11-20T12:00:00Z")).json).toMatchObject({ person: null });
  });
});

describe("the timeline", () => {
  it("covers the range exactly, and refuses more than 92 days naming the field", async () => {
    const s = await createOk(dailyBody([ada.id, bob.id]));
    const ok = await call(timelineRoute.GET, "GET", "", {
      token: engineer.token,
      params: { id: s.id },
      query: { from: "2026-12-01T09:00:00Z", to: "2026-12-04T09:00:00Z" },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.segments).toEqual([
      {
        from: "2026-12-01T09:00:00.000Z",
        to: "2026-12-02T09:00:00.000Z",
        userId: ada.id,
        layer: 0,
        isGap: false,
      },
      {
        from: "2026-12-02T09:00:00.000Z",
        to: "2026-12-03T09:00:00.000Z",
        userId: bob.id,
        layer: 0,
        isGap: false,
      },
      {
        from: "2026-12-03T09:00:00.000Z",
        to: "2026-12-04T09:00:00.000Z",
        userId: ada.id,
        layer: 0,
        isGap: false,
      },
    ]);
    expect((ok.json.people as { id: string }[]).map((p) => p.id).sort()).toEqual([ada.id, bob.id].sort());

    const tooLong = await call(timelineRoute.GET, "GET", "", {
      token: engineer.token,
      params: { id: s.id },
      query: { from: "2026-12-01T00:00:00Z", to: "2027-03-04T00:00:00Z" },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.headers.get("content-type")).toBe("application/problem+json");
    expect(tooLong.json.errors).toEqual([{ path: "query.to", message: "At most 92 days after from" }]);

    const fullQuarter = await call(timelineRoute.GET, "GET", "", {
      token: engineer.token,
      params: { id: s.id },
      query: { from: "2026-12-01T00:00:00Z", to: "2027-03-03T00:00:00Z" },
    });
    expect(fullQuarter.status).toBe(200);
  });
});

describe("the iCal feed", () => {
  it("serves the schedule with its token only; a missing, wrong, rotated or revoked token is a bare 404", async () => {
    const s = await createOk(dailyBody([ada.id, bob.id]));
    const token = tokenOf(s.feedUrl);

    const ok = await feed(s.id, token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ok.text).toContain("BEGIN:VCALENDAR");
    expect(ok.text).toContain("SUMMARY:Ada Lovelace on call");
    expect(ok.text).toContain("SUMMARY:Bob Builder on call");

    const answers = [await feed(s.id), await feed(s.id, "nfeed_wrong"), await feed(s.id, token.slice(0, -1))];
    answers.push(await feed("00000000-0000-4000-8000-000000000000", token), await feed("not-an-id", token));
    answers.push(await feed("-".repeat(36), token)); // shaped like an id, but not one PostgreSQL takes
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(res.json).toEqual({
        type: "https://neuron-ops.dev/problems/not-found",
        title: "Not found",
        status: 404,
        detail: "The calendar was not found",
      });
    }

    const rotated = await call(feedTokenRoute.POST, "POST", "", {
      token: manager.token,
      params: { id: s.id },
      body: { version: 1 },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.json.version).toBe(2);
    const newToken = tokenOf(rotated.json.feedUrl as string);
    expect((await feed(s.id, token)).status).toBe(404);
    expect((await feed(s.id, newToken)).status).toBe(200);

    const revoked = await call(feedTokenRoute.POST, "POST", "", {
      token: manager.token,
      params: { id: s.id },
      body: { version: 2, revoke: true },
    });
    expect(revoked.json).toEqual({ feedUrl: null, version: 3 });
    expect((await feed(s.id, newToken)).status).toBe(404);

    const audit = await db.auditLog.findMany({ where: { entityType: "schedule", entityId: s.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(
      ["schedule.create", "schedule.feed-token.revoke", "schedule.feed-token.rotate"].sort(),
    );
    // Neither the token nor its hash is in the audit trail.
    const stored = JSON.stringify(audit.map((a) => [a.before, a.after]));
    for (const secret of [token, newToken]) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(hashFeedToken(secret));
    }
  });
});

describe("the demo seed", () => {
  it("creates a primary and a secondary schedule with the engineers", async () => {
    const security = await createTestUser(["SECURITY"]);
    const asPrincipal = (u: User) => ({ ...u, via: "session" as const });
    await seedDemoOnCall(
      {
        engineer: asPrincipal(ada),
        engineer2: asPrincipal(bob),
        security: asPrincipal(security),
        manager: asPrincipal(manager),
      },
      () => {},
    );
    const seeded = await db.onCallSchedule.findMany({
      where: { name: { in: ["Platform primary", "Platform secondary"] } },
    });
    expect(seeded).toHaveLength(2);
    const primary = seeded.find((r) => r.name === "Platform primary")!;
    const now = await onCall(primary.id, new Date().toISOString());
    expect([ada.id, bob.id]).toContain((now.json.person as { id: string }).id);
  });
});
