// A person's own on-call calendar through the API against a real PostgreSQL: the link is made (shown
// once) and revoked by its owner only, the feed holds their turns on every schedule and nobody else's,
// and any wrong, rotated or revoked token, or another person's id, is the same bare 404.
import { beforeAll, describe, expect, it } from "vitest";
import * as personCalendarRoute from "@/app/api/people/[id]/calendar.ics/route";
import * as feedTokenRoute from "@/app/api/me/calendar-feed-token/route";
import { db } from "@/lib/db";
import { createTestUser } from "../factories";
import { createTestSchedule } from "../factories/schedules";
import { call } from "../helpers/api";

type User = Awaited<ReturnType<typeof createTestUser>>;
let manager: User;
let ada: User;
let bob: User;
let executive: User;

const DAY = 86_400_000;
// Started a month ago, so the feed's window (two weeks back, twelve ahead) is full of turns.
const layer = (people: string[]) => ({
  people,
  startsAt: new Date(Date.now() - 30 * DAY),
  handoffTime: "09:00",
  turn: { unit: "day" as const, length: 1 },
});

beforeAll(async () => {
  manager = await createTestUser(["OPS_MANAGER"]);
  ada = await createTestUser(["ENGINEER"], { name: "Ada Lovelace" });
  bob = await createTestUser(["ENGINEER"], { name: "Bob Builder" });
  executive = await createTestUser(["EXECUTIVE"]);
});

const rotate = (token: string, action: "rotate" | "revoke" = "rotate") =>
  call(feedTokenRoute.POST, "POST", "/api/me/calendar-feed-token", { token, body: { action } });

const feed = (id: string, token?: string) =>
  call(personCalendarRoute.GET, "GET", "", { params: { id }, query: token === undefined ? {} : { token } });

const tokenOf = (url: string) => new URL(url, "http://x").searchParams.get("token")!;

describe("a person's own calendar feed", () => {
  it("holds their turns on every schedule, named after the schedule, and nobody else's", async () => {
    const alone = await createTestSchedule(manager, [ada.id], { layers: [layer([ada.id])] });
    const shared = await createTestSchedule(manager, [ada.id, bob.id], { layers: [layer([ada.id, bob.id])] });
    const notHers = await createTestSchedule(manager, [bob.id], { layers: [layer([bob.id])] });

    const made = await rotate(ada.token);
    expect(made.status).toBe(200);
    const url = made.json.url as string;
    expect(url).toMatch(new RegExp(`^/api/people/${ada.id}/calendar\\.ics\\?token=nfeed_`));

    const ok = await feed(ada.id, tokenOf(url));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ok.headers.get("cache-control")).toBe("private, no-store");
    // Long iCal lines are folded (CRLF and a space): read them unfolded.
    const text = ok.text.replace(/\r\n[ \t]/g, "");
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain(`SUMMARY:On call: ${alone.name}`);
    expect(text).toContain(`SUMMARY:On call: ${shared.name}`);
    expect(text).not.toContain(notHers.name);
    expect(text).not.toContain("Bob Builder");
    expect(text).not.toContain("Gap");
    expect(text).toContain(`/schedules/${shared.id}`);
  });

  it("answers the same bare 404 to a missing, wrong, rotated or revoked token and to another person's id", async () => {
    const first = tokenOf((await rotate(bob.token)).json.url as string);
    const second = tokenOf((await rotate(bob.token)).json.url as string);
    expect(second).not.toBe(first);
    expect((await feed(bob.id, second)).status).toBe(200);

    const answers = [
      await feed(bob.id),
      await feed(bob.id, first),
      await feed(bob.id, "nfeed_wrong"),
      await feed(ada.id, second),
      await feed("00000000-0000-4000-8000-000000000000", second),
      await feed("not-an-id", second),
    ];
    for (const a of answers) {
      expect(a.status).toBe(404);
      expect(a.json).toMatchObject({ status: 404, detail: "The calendar was not found" });
    }

    const revoked = await rotate(bob.token, "revoke");
    expect(revoked.status).toBe(200);
    expect(revoked.json).toEqual({ url: null });
    expect((await feed(bob.id, second)).status).toBe(404);
  });

  it("is made only by people who read schedules, for themselves, audited without the token", async () => {
    expect((await rotate(executive.token)).status).toBe(403);
    expect(
      (await call(feedTokenRoute.POST, "POST", "/api/me/calendar-feed-token", { body: { action: "rotate" } }))
        .status,
    ).toBe(401);
    const bad = await call(feedTokenRoute.POST, "POST", "/api/me/calendar-feed-token", {
      token: ada.token,
      body: { action: "show" },
    });
    expect(bad.status).toBe(422);

    const cara = await createTestUser(["SECURITY"]);
    for (const action of ["rotate", "rotate", "revoke"] as const)
      expect((await rotate(cara.token, action)).status).toBe(200);
    const audit = await db.auditLog.findMany({
      where: { entityType: "user", entityId: cara.id, action: { startsWith: "user.calendar-feed." } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "user.calendar-feed.rotate",
      "user.calendar-feed.rotate",
      "user.calendar-feed.revoke",
    ]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain("nfeed_");
  });
});
