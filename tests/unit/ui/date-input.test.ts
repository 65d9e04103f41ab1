// Issue 14: a date-only input (contract end, renewal, certification expiry) shows what it sends: the
// calendar day as typed, in no time zone, and nothing for a day that does not exist.
import { describe, expect, it } from "vitest";
import { describeDateInput, parseDateInput } from "@/components/ui/utc-input";

describe("parseDateInput", () => {
  it("keeps a real calendar day as typed", () => {
    expect(parseDateInput("2027-01-31")).toBe("2027-01-31");
    expect(parseDateInput(" 2028-02-29 ")).toBe("2028-02-29");
  });

  it("refuses days that do not exist, half-typed text and instants", () => {
    for (const text of [
      "",
      "2027-02-29",
      "2027-13-01",
      "2027-00-10",
      "2027-04-31",
      "2027-1-5",
      "2027-01-31T10:00",
    ])
      expect(parseDateInput(text), text).toBeUndefined();
  });
});

describe("describeDateInput", () => {
  it("says the day it sends and that it carries no zone", () => {
    expect(describeDateInput("2027-01-31")).toBe(
      "Sends 2027-01-31 · Sun 31 Jan 2027 · a day in no time zone",
    );
  });

  it("is the same day whatever the viewer's zone (no instant in between)", () => {
    const before = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      expect(describeDateInput("2027-12-31")).toBe(
        "Sends 2027-12-31 · Fri 31 Dec 2027 · a day in no time zone",
      );
    } finally {
      process.env.TZ = before;
    }
  });

  it("says nothing until the text is a real day", () => {
    expect(describeDateInput("2027-02-30")).toBeUndefined();
  });
});
