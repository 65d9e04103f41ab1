import { describe, expect, it } from "vitest";
import { crisisChecklist, crisisCompliance, needsCrisisPlan } from "@/lib/status/crisis-plan";

const start = new Date("2026-12-07T10:00:00Z");
const plus = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("the crisis communication checklist", () => {
  it("every P1 gets it, a P2 only by choice, never P3/P4", () => {
    expect(needsCrisisPlan("P1")).toBe(true);
    expect(needsCrisisPlan("P2")).toBe(false);
    expect(needsCrisisPlan("P2", true)).toBe(true);
    expect(needsCrisisPlan("P3", true)).toBe(false);
  });

  it("the handbook's clocks from the start; regulators only when reportable; media without a clock", () => {
    const items = crisisChecklist({ startedAt: start, reportable: false, done: {}, now: start });
    expect(items.map((i) => [i.id, i.dueAt?.toISOString() ?? null])).toEqual([
      ["team", "2026-12-07T10:00:00.000Z"],
      ["management", "2026-12-07T10:15:00.000Z"],
      ["status-page", "2026-12-07T10:30:00.000Z"],
      ["all-staff", "2026-12-07T11:00:00.000Z"],
      ["partners", "2026-12-07T11:00:00.000Z"],
      ["board", "2026-12-07T12:00:00.000Z"],
      ["media", null],
    ]);
    const reportable = crisisChecklist({ startedAt: start, reportable: true, done: {}, now: start });
    expect(reportable.find((i) => i.id === "regulators")?.dueAt).toEqual(plus(72 * 60));
  });

  it("counts down, is due exactly at its instant, overdue a millisecond later; done in time is not late", () => {
    const at15 = crisisChecklist({ startedAt: start, reportable: false, done: {}, now: plus(15) });
    const management = at15.find((i) => i.id === "management")!;
    expect(management).toMatchObject({ overdue: false, remainingMs: 0 });
    const later = crisisChecklist({
      startedAt: start,
      reportable: false,
      done: { team: { at: plus(0), by: "Erin" }, management: { at: plus(16), by: "Morgan" } },
      now: new Date(plus(15).getTime() + 1),
    });
    expect(later.find((i) => i.id === "team")).toMatchObject({
      late: false,
      overdue: false,
      remainingMs: null,
    });
    expect(later.find((i) => i.id === "management")).toMatchObject({ late: true, overdue: false });
    expect(later.find((i) => i.id === "status-page")).toMatchObject({ overdue: false });
    expect(later.find((i) => i.id === "status-page")!.remainingMs).toBe(15 * 60_000 - 1);
    expect(later.find((i) => i.id === "media")).toMatchObject({ overdue: false, remainingMs: null });
  });

  it("compliance counts clocked steps due or done; on time ÷ counted", () => {
    const items = crisisChecklist({
      startedAt: start,
      reportable: false,
      done: { team: { at: plus(1), by: "Erin" }, management: { at: plus(10), by: "Morgan" } },
      now: plus(45),
    });
    // team late (1 min after 0), management on time, status page overdue; the rest not yet due.
    expect(crisisCompliance(items, plus(45))).toEqual({ onTime: 1, counted: 3 });
  });
});
