// GET /api/events: a signed-in browser hears which topics changed as soon as the write commits (never
// before, never what changed, only topics its roles may read), and the stream ends cleanly.
import { afterAll, describe, expect, it } from "vitest";
import * as eventsRoute from "@/app/api/events/route";
import { closeSharedAnswers } from "@/lib/cache/shared-answers";
import { db } from "@/lib/db";
import { liveStreamCount } from "@/lib/live/live-hub";
import { openStream } from "../helpers/event-stream";
import { createTestIncident, createTestUser } from "../factories";

afterAll(closeSharedAnswers);

const securityEvent = () => ({
  type: "DATA_ACCESS" as const,
  severity: "LOW" as const,
  source: "live-test",
  summary: "Read",
  details: {},
});
const topicsOf = (data: string) => data.split(",");

describe("live updates (server-sent events)", () => {
  it("refuses an anonymous caller with a problem", async () => {
    const stream = await openStream(eventsRoute.GET);
    expect(stream.status).toBe(401);
    expect(stream.headers.get("content-type")).toContain("application/problem+json");
    await stream.close();
  });

  it("tells a signed-in viewer that incidents changed once the write commits, with a retry hint", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const stream = await openStream(eventsRoute.GET, engineer.token);
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    expect(stream.headers.get("cache-control")).toContain("no-transform");
    expect(await stream.next((f) => f.event === "ready")).not.toBeNull();
    expect(stream.raw[0]).toMatch(/^retry: \d+/);

    // Held open: nothing is announced before the commit.
    const mark = stream.frames.length;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let written!: () => void;
    const didWrite = new Promise<void>((r) => (written = r));
    const tx = db.$transaction(async (t) => {
      await t.incident.updateMany({
        where: { id: "00000000-0000-4000-8000-000000000000" },
        data: { title: "nothing" },
      });
      written();
      await held;
    });
    await didWrite;
    expect(
      await stream.next((f) => f.event === "changed" && topicsOf(f.data).includes("incidents"), 300, mark),
    ).toBeNull();
    const committedAt = Date.now();
    release();
    await tx;
    const frame = await stream.next(
      (f) => f.event === "changed" && topicsOf(f.data).includes("incidents"),
      2000,
      mark,
    );
    expect(frame).not.toBeNull();
    expect(frame!.at - committedAt).toBeLessThan(1000);

    // A real report: the frame names the topic only, nothing of the incident.
    const from = stream.frames.length;
    const incident = await createTestIncident(engineer, { title: "Live secret title" });
    const reported = await stream.next(
      (f) => f.event === "changed" && topicsOf(f.data).includes("incidents"),
      2000,
      from,
    );
    expect(reported).not.toBeNull();
    expect(stream.raw.join("\n")).not.toContain(incident.key);
    expect(stream.raw.join("\n")).not.toContain("Live secret title");
    await stream.close();
  });

  it("sends security changes only to viewers who may read them", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const analyst = await createTestUser(["SECURITY"]);
    const engineerStream = await openStream(eventsRoute.GET, engineer.token);
    const analystStream = await openStream(eventsRoute.GET, analyst.token);
    await engineerStream.next((f) => f.event === "ready");
    await analystStream.next((f) => f.event === "ready");
    await db.securityEvent.create({ data: securityEvent() });
    expect(
      await analystStream.next((f) => f.event === "changed" && topicsOf(f.data).includes("security")),
    ).not.toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(engineerStream.frames.some((f) => topicsOf(f.data).includes("security"))).toBe(false);
    await engineerStream.close();
    await analystStream.close();
  });

  it("forgets a stream when its client goes, and bounds the streams one person keeps", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const before = liveStreamCount();
    const streams = [];
    for (let i = 0; i < 20; i++) streams.push(await openStream(eventsRoute.GET, engineer.token));
    expect(streams.every((s) => s.status === 200)).toBe(true);
    expect(liveStreamCount()).toBe(before + 20);
    const refused = await openStream(eventsRoute.GET, engineer.token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    await refused.close();
    for (const s of streams) await s.close();
    expect(liveStreamCount()).toBe(before);
  });

  it("ends every stream when the instance stops hearing changes, so browsers reconnect and refetch", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const stream = await openStream(eventsRoute.GET, engineer.token);
    await stream.next((f) => f.event === "ready");
    await closeSharedAnswers();
    await stream.next(() => false, 1000);
    expect(stream.ended).toBe(true);
    // The next stream listens again.
    const again = await openStream(eventsRoute.GET, engineer.token);
    expect(again.status).toBe(200);
    await db.incident.updateMany({
      where: { id: "00000000-0000-4000-8000-000000000000" },
      data: { title: "nothing" },
    });
    expect(
      await again.next((f) => f.event === "changed" && topicsOf(f.data).includes("incidents")),
    ).not.toBeNull();
    await again.close();
  });
});
