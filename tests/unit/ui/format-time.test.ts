import { describe, expect, it } from "vitest";
import { describeInstant, formatInstant, formatRelative } from "@/components/ui/format-time";

const AT = "2026-12-07T05:22:00.000Z";

describe("formatInstant", () => {
  it("names the viewer's zone", () => {
    expect(formatInstant(AT, { timeZone: "Europe/Berlin" })).toBe("7 Dec 2026, 06:22 CET");
    expect(formatInstant(AT, { timeZone: "America/New_York" })).toBe("7 Dec 2026, 00:22 EST");
    expect(formatInstant(AT, { timeZone: "Europe/London" })).toBe("7 Dec 2026, 05:22 GMT");
    expect(formatInstant(AT, { timeZone: "Asia/Kolkata" })).toBe("7 Dec 2026, 10:52 GMT+5:30");
  });

  it("writes UTC where a rule is in UTC, whatever zone the viewer is in", () => {
    expect(formatInstant("2026-12-12T10:00:00Z", { zone: "utc" })).toBe("12 Dec 2026, 10:00 UTC");
    expect(formatInstant("2026-12-12T10:00:00Z", { zone: "utc", timeZone: "Europe/Berlin" })).toBe(
      "12 Dec 2026, 10:00 UTC",
    );
  });

  it("crosses the day and year in the viewer's zone", () => {
    expect(formatInstant("2026-12-31T23:30:00Z", { timeZone: "Europe/Berlin" })).toBe(
      "1 Jan 2027, 00:30 CET",
    );
    expect(formatInstant("2026-12-31T23:30:00Z", { zone: "utc" })).toBe("31 Dec 2026, 23:30 UTC");
  });

  it("follows daylight saving time across the switch (Berlin, 29 Mar 2026)", () => {
    expect(formatInstant("2026-03-29T00:59:00Z", { timeZone: "Europe/Berlin" })).toBe(
      "29 Mar 2026, 01:59 CET",
    );
    expect(formatInstant("2026-03-29T01:00:00Z", { timeZone: "Europe/Berlin" })).toBe(
      "29 Mar 2026, 03:00 CEST",
    );
    expect(formatInstant("2026-10-25T00:30:00Z", { timeZone: "Europe/Berlin" })).toBe(
      "25 Oct 2026, 02:30 CEST",
    );
    expect(formatInstant("2026-10-25T01:30:00Z", { timeZone: "Europe/Berlin" })).toBe(
      "25 Oct 2026, 02:30 CET",
    );
  });

  it("writes midnight as 00:00 and September as Sep, whatever the locale", () => {
    expect(formatInstant("2026-09-01T00:00:00Z", { zone: "utc" })).toBe("1 Sep 2026, 00:00 UTC");
  });

  it("gives the day only, and reads a bare day as UTC", () => {
    expect(formatInstant("2026-12-12", { zone: "utc", dateOnly: true })).toBe("12 Dec 2026");
    expect(formatInstant(AT, { timeZone: "Pacific/Auckland", dateOnly: true })).toBe("7 Dec 2026");
    expect(formatInstant("2026-12-07T12:00:00Z", { timeZone: "Pacific/Auckland", dateOnly: true })).toBe(
      "8 Dec 2026",
    );
  });

  it("accepts a Date and a number, and shows a dash for an invalid input", () => {
    expect(formatInstant(new Date(AT), { zone: "utc" })).toBe("7 Dec 2026, 05:22 UTC");
    expect(formatInstant(Date.parse(AT), { zone: "utc" })).toBe("7 Dec 2026, 05:22 UTC");
    expect(formatInstant("not a date")).toBe("—");
  });
});

describe("formatRelative", () => {
  const now = Date.parse(AT);
  it("says how far ahead or behind, in its largest unit", () => {
    expect(formatRelative("2026-12-07T08:40:00Z", now)).toBe("in 3 h");
    expect(formatRelative("2026-12-07T05:17:00Z", now)).toBe("5 min ago");
    expect(formatRelative("2026-12-07T05:22:12Z", now)).toBe("in 12 s");
    expect(formatRelative("2026-12-04T05:22:00Z", new Date(now))).toBe("3 d ago");
    expect(formatRelative(AT, now + 400)).toBe("now");
  });
});

describe("describeInstant", () => {
  it("gives the viewer's time, UTC and the distance for the hover", () => {
    expect(describeInstant(AT, { timeZone: "Europe/Berlin", now: Date.parse("2026-12-07T05:27:00Z") })).toBe(
      "7 Dec 2026, 06:22 CET · 7 Dec 2026, 05:22 UTC · 5 min ago",
    );
  });

  it("names UTC once for a viewer in UTC, and leaves out the distance without a clock", () => {
    expect(describeInstant(AT, { timeZone: "UTC", now: null })).toBe("7 Dec 2026, 05:22 UTC");
  });
});
