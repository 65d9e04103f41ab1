import { describe, expect, it } from "vitest";
import { findConflicts, type PlannedChange } from "@/lib/changes/conflicts";

const at = (iso: string) => new Date(`${iso}Z`);
const change = (
  key: string,
  services: string[],
  start: string | null,
  end: string | null,
): PlannedChange => ({
  key,
  services,
  start: start ? at(start) : null,
  end: end ? at(end) : null,
});

describe("findConflicts", () => {
  it("flags an overlap on a shared service", () => {
    const result = findConflicts([
      change("CHG-2026-0001", ["api", "db"], "2026-12-01T10:00", "2026-12-01T12:00"),
      change("CHG-2026-0002", ["db"], "2026-12-01T11:00", "2026-12-01T13:00"),
    ]);
    expect(result).toEqual([{ a: "CHG-2026-0001", b: "CHG-2026-0002", services: ["db"] }]);
  });
  it("does not flag adjacent windows", () => {
    expect(
      findConflicts([
        change("CHG-2026-0001", ["api"], "2026-12-01T10:00", "2026-12-01T12:00"),
        change("CHG-2026-0002", ["api"], "2026-12-01T12:00", "2026-12-01T13:00"),
      ]),
    ).toEqual([]);
  });
  it("does not flag an overlap on different services", () => {
    expect(
      findConflicts([
        change("CHG-2026-0001", ["api"], "2026-12-01T10:00", "2026-12-01T12:00"),
        change("CHG-2026-0002", ["db"], "2026-12-01T11:00", "2026-12-01T13:00"),
      ]),
    ).toEqual([]);
  });
  it("ignores changes without a planned window", () => {
    expect(
      findConflicts([
        change("CHG-2026-0001", ["api"], "2026-12-01T10:00", "2026-12-01T12:00"),
        change("CHG-2026-0002", ["api"], null, null),
      ]),
    ).toEqual([]);
  });
  it("reports every conflicting pair once", () => {
    const result = findConflicts([
      change("CHG-2026-0001", ["api"], "2026-12-01T10:00", "2026-12-01T14:00"),
      change("CHG-2026-0002", ["api"], "2026-12-01T11:00", "2026-12-01T12:00"),
      change("CHG-2026-0003", ["api"], "2026-12-01T11:30", "2026-12-01T13:00"),
    ]);
    expect(result.map((c) => `${c.a}/${c.b}`)).toEqual([
      "CHG-2026-0001/CHG-2026-0002",
      "CHG-2026-0001/CHG-2026-0003",
      "CHG-2026-0002/CHG-2026-0003",
    ]);
  });
});
