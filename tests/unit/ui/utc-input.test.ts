// The one date-time input module: both old callers (change windows to the minute, access expiries to the
// second) get what their own utc.ts gave them, and the input says exactly what it sends.
import { describe, expect, it } from "vitest";
import {
  describeInput,
  fromLocalInput,
  fromUtcInput,
  toLocalInput,
  toUtcInput,
  wireText,
  zonedText,
} from "@/components/ui/utc-input";

describe("toUtcInput", () => {
  it("gives the change form's minute text from an ISO string (old changes/utc.ts)", () => {
    expect(toUtcInput("2026-12-01T10:00:00.000Z")).toBe("2026-12-01T10:00");
    expect(toUtcInput("2026-12-01T11:30:45+01:00")).toBe("2026-12-01T10:30");
    expect(toUtcInput(null)).toBe("");
    expect(toUtcInput(undefined)).toBe("");
    expect(toUtcInput("nonsense")).toBe("");
  });

  it("gives the access expiry's second text from epoch milliseconds (old access/utc.ts)", () => {
    const ms = Date.UTC(2026, 4, 12, 10, 0, 30);
    expect(toUtcInput(ms, "second")).toBe("2026-05-12T10:00:30");
    expect(toUtcInput(Date.UTC(2026, 4, 12, 10, 0, 0), "second")).toBe("2026-05-12T10:00:00");
    expect(toUtcInput(Number.NaN, "second")).toBe("");
  });
});

describe("fromUtcInput", () => {
  it("reads the text as UTC, never the machine's zone", () => {
    expect(fromUtcInput("2026-12-01T10:00")).toBe("2026-12-01T10:00:00.000Z");
    expect(fromUtcInput("2026-12-01T10:00:30")).toBe("2026-12-01T10:00:30.000Z");
    expect(fromUtcInput(" 2026-12-01T10:00 ")).toBe("2026-12-01T10:00:00.000Z");
  });

  it("drops fractions of a second as the access form did (the change form used to refuse them)", () => {
    expect(fromUtcInput("2026-05-12T10:00:30.250")).toBe("2026-05-12T10:00:30.000Z");
  });

  it("sends nothing for empty, partial or impossible text (31 Feb used to roll over into March)", () => {
    expect(fromUtcInput("")).toBeUndefined();
    expect(fromUtcInput("tomorrow")).toBeUndefined();
    expect(fromUtcInput("2026-12-01")).toBeUndefined();
    expect(fromUtcInput("2026-02-31T10:00")).toBeUndefined();
    expect(fromUtcInput("2026-12-01T24:00")).toBeUndefined();
  });

  it("round-trips with toUtcInput", () => {
    for (const iso of ["2026-12-12T10:00:00.000Z", "2030-01-01T00:59:00.000Z"])
      expect(fromUtcInput(toUtcInput(iso))).toBe(iso);
    expect(fromUtcInput(toUtcInput("2026-05-12T10:00:30.000Z", "second"))).toBe("2026-05-12T10:00:30.000Z");
  });
});

describe("local inputs", () => {
  it("round-trip in the machine's zone", () => {
    const iso = "2026-12-12T10:00:00.000Z";
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput("")).toBeUndefined();
    expect(fromLocalInput("soon")).toBeUndefined();
  });
});

describe("describeInput: what the input sends", () => {
  it("names the instant on the wire and the viewer's own time for a UTC input", () => {
    expect(describeInput("2026-12-12T10:00", "utc", "Europe/Berlin")).toBe(
      "Sends 2026-12-12T10:00:00Z · your time Sat 12 Dec 11:00 CET",
    );
    expect(describeInput("2026-12-12T10:00", "utc", "UTC")).toBe(
      "Sends 2026-12-12T10:00:00Z · your time Sat 12 Dec 10:00 UTC",
    );
  });

  it("keeps seconds when the input does", () => {
    expect(describeInput("2026-05-12T10:00:30", "utc", "Europe/London", "second")).toBe(
      "Sends 2026-05-12T10:00:30Z · your time Tue 12 May 11:00:30 BST",
    );
  });

  it("names the UTC instant for an input in the viewer's zone", () => {
    const text = toLocalInput("2026-12-12T10:00:00.000Z");
    expect(describeInput(text, "local")).toBe("Sends 2026-12-12T10:00:00Z · Sat 12 Dec 10:00 UTC");
  });

  it("says nothing until the text is a whole date and time", () => {
    expect(describeInput("", "utc")).toBeUndefined();
    expect(describeInput("2026-12-12", "utc")).toBeUndefined();
  });

  it("writes the wire text without zero milliseconds", () => {
    expect(wireText("2026-12-12T10:00:00.000Z")).toBe("2026-12-12T10:00:00Z");
    expect(zonedText("2026-12-12T10:00:00.000Z", "UTC")).toBe("Sat 12 Dec 10:00 UTC");
  });
});
