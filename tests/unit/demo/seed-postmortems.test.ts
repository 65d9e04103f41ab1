import { describe, expect, it } from "vitest";
import { DEMO_POSTMORTEMS, demoPostmortem } from "@/prisma/seed-postmortems";

// The demo history repeats each of its 12 titles four times over 48 incidents (prisma/seed-incidents.ts).
const OCCURRENCES = 4;

describe("demo post-mortems", () => {
  it("give every demo action item its own text", () => {
    const measures = Object.keys(DEMO_POSTMORTEMS).flatMap((title) =>
      Array.from({ length: OCCURRENCES }, (_, n) => demoPostmortem(title, n).measure),
    );
    expect(measures.length).toBe(6 * OCCURRENCES);
    expect(new Set(measures).size).toBe(measures.length);
  });

  it("explain each incident title with its own cause", () => {
    const causes = Object.keys(DEMO_POSTMORTEMS).map((title) => demoPostmortem(title, 0).rootCause);
    expect(new Set(causes).size).toBe(causes.length);
  });

  it("refuse a title the history does not know, rather than repeat a generic text", () => {
    expect(() => demoPostmortem("Unknown outage", 0)).toThrow(/No demo post-mortem/);
  });
});
