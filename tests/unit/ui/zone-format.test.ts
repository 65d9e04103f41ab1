// Times on a named zone's wall clock: the zone named by its short name (CET in winter, CEST in summer),
// midnight at the end of a stretch as 24:00 on the day that ends, and whether two zones read the same.
import { describe, expect, it } from "vitest";
import { formatZoneTime, isSameWallClock, zoneName } from "@/components/ui/zone-format";

describe("formatZoneTime", () => {
  it("names the zone as it is on that day", () => {
    expect(formatZoneTime("2026-12-07T08:00:00Z", "Europe/Berlin")).toBe("09:00 CET");
    expect(formatZoneTime("2026-07-06T07:00:00Z", "Europe/Berlin")).toBe("09:00 CEST");
    expect(formatZoneTime("2026-12-07T08:00:00Z", "Europe/Berlin", { withDay: true })).toBe(
      "Mon 7 Dec 09:00 CET",
    );
    expect(formatZoneTime("2026-12-07T08:00:00Z", "Europe/Berlin", { isZoneHidden: true })).toBe("09:00");
  });

  it("writes the midnight that ends a day as 24:00 of that day", () => {
    expect(formatZoneTime("2026-12-07T23:00:00Z", "Europe/Berlin", { isEnd: true, withDay: true })).toBe(
      "Mon 7 Dec 24:00 CET",
    );
    expect(formatZoneTime("2026-12-07T23:00:00Z", "Europe/Berlin", { withDay: true })).toBe(
      "Tue 8 Dec 00:00 CET",
    );
  });
});

describe("zoneName and isSameWallClock", () => {
  it("reads the zone's short name and compares wall clocks", () => {
    expect(zoneName("2026-07-06T07:00:00Z", "Europe/Berlin")).toBe("CEST");
    expect(isSameWallClock("2026-12-07T08:00:00Z", "Europe/Berlin", "Europe/Paris")).toBe(true);
    expect(isSameWallClock("2026-12-07T08:00:00Z", "Europe/Berlin", "UTC")).toBe(false);
  });
});
