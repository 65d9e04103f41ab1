// The dashboards' answer cache: reused while nothing behind it changed, dropped when a write to a table
// the dashboard reads commits (LISTEN/NOTIFY, never before the commit), recomputed when older than its
// time-to-live, and concurrent misses computed once.
import { afterAll, describe, expect, it } from "vitest";
import { sharedAnswer, closeSharedAnswers } from "@/lib/cache/shared-answers";
import { db } from "@/lib/db";
import { createTestIncident, createTestUser } from "../factories";

afterAll(closeSharedAnswers);

function counter() {
  let n = 0;
  return {
    compute: () => Promise.resolve(++n),
    get count() {
      return n;
    },
  };
}

const event = () => ({
  type: "DATA_ACCESS" as const,
  severity: "LOW" as const,
  source: "cache-test",
  summary: "Read",
  details: {},
});

async function eventually(check: () => Promise<boolean>, ms = 3000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

describe("shared answers (views computed once per change)", () => {
  it("reuses an answer until a committed write to a table the dashboard reads", async () => {
    const c = counter();
    const read = () => sharedAnswer("security", "a", c.compute, 60_000);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    // A write to a table the security dashboard does not read keeps the answer.
    await db.vendor.create({
      data: {
        name: `Cache vendor ${Date.now()}`,
        serviceType: "CDN",
        criticality: "STANDARD",
        owner: "Platform",
      },
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(await read()).toBe(1);
    // Inside an open transaction the write is not visible to others: nothing is dropped until it commits.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const didInsert = new Promise<void>((r) => (inserted = r));
    const tx = db.$transaction(async (t) => {
      await t.securityEvent.create({ data: event() });
      inserted();
      await held;
    });
    await didInsert;
    await new Promise((r) => setTimeout(r, 200));
    expect(await read()).toBe(1);
    release();
    await tx;
    expect(await eventually(async () => (await read()) === 2)).toBe(true);
    expect(await read()).toBe(2);
  });

  it("recomputes an answer older than its time-to-live, and computes concurrent misses once", async () => {
    const c = counter();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => sharedAnswer("application", "b", c.compute, 100)),
    );
    expect(answers).toEqual(Array(10).fill(1));
    expect(c.count).toBe(1);
    await new Promise((r) => setTimeout(r, 150));
    expect(await sharedAnswer("application", "b", c.compute, 100)).toBe(2);
  });

  it("keeps periods apart and computes every time when the time-to-live is 0", async () => {
    const c = counter();
    expect(await sharedAnswer("executive", "2026-01", c.compute, 60_000)).toBe(1);
    expect(await sharedAnswer("executive", "2026-02", c.compute, 60_000)).toBe(2);
    expect(await sharedAnswer("executive", "2026-01", c.compute, 60_000)).toBe(1);
    const d = counter();
    await sharedAnswer("operations", "now", d.compute, 0);
    await sharedAnswer("operations", "now", d.compute, 0);
    expect(d.count).toBe(2);
  });

  it("drops the triage queue when an incident changes, and keeps views that do not read incidents", async () => {
    // (Creating a person records security events: that settles before the baseline.)
    const engineer = await createTestUser(["ENGINEER"]);
    const queue = counter();
    const security = counter();
    const read = () =>
      Promise.all([
        sharedAnswer("incident-queue", "q", queue.compute, 60_000),
        sharedAnswer("security", "q", security.compute, 60_000),
      ]);
    await read();
    await new Promise((r) => setTimeout(r, 300));
    const [queueBefore, securityBefore] = await read();
    await createTestIncident(engineer, { severity: "P2" });
    expect(await eventually(async () => (await read())[0] === queueBefore + 1)).toBe(true);
    expect(security.count).toBe(securityBefore);
  });
});
