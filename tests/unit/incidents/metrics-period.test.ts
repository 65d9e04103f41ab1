import { describe, expect, it } from "vitest";
import {
  parseUtcDate,
  presetRange,
  readMetricsSelection,
  selectionRange,
} from "@/lib/incidents/metrics-period";

const now = new Date("2026-03-10T14:30:00.000Z");
const params = (query: string) => new URLSearchParams(query);

describe("metrics period selection", () => {
  it("defaults to the last 90 days, like the API", () => {
    expect(readMetricsSelection(params(""))).toEqual({ period: "90d", from: "", to: "", service: "" });
    expect(readMetricsSelection(params("period=bogus")).period).toBe("90d");
    const range = presetRange("90d", now);
    expect(range.to).toEqual(now);
    expect(range.from.toISOString()).toBe("2025-12-10T14:30:00.000Z");
  });

  it("ignores from/to unless the period is custom, so a preset's query key never changes", () => {
    expect(readMetricsSelection(params("period=7d&from=2026-01-01&to=2026-01-31&service=%20API%20"))).toEqual(
      {
        period: "7d",
        from: "",
        to: "",
        service: "api",
      },
    );
  });

  it("counts 12 months back by the calendar", () => {
    expect(presetRange("12m", now).from.toISOString()).toBe("2025-03-10T14:30:00.000Z");
  });

  it("reads a custom period as whole UTC days, both ends included", () => {
    const range = selectionRange(
      { period: "custom", from: "2026-01-01", to: "2026-01-31", service: "" },
      now,
    );
    expect(range).toEqual({
      ok: true,
      from: new Date("2026-01-01T00:00:00.000Z"),
      to: new Date("2026-02-01T00:00:00.000Z"),
    });
    expect(
      selectionRange({ period: "custom", from: "2026-01-05", to: "2026-01-05", service: "" }, now).ok,
    ).toBe(true);
  });

  it("refuses an incomplete or reversed custom period", () => {
    expect(selectionRange({ period: "custom", from: "", to: "2026-01-31", service: "" }, now)).toMatchObject({
      ok: false,
    });
    expect(
      selectionRange({ period: "custom", from: "2026-02-01", to: "2026-01-31", service: "" }, now),
    ).toMatchObject({ ok: false });
  });

  it("rejects dates the calendar lacks instead of rolling them over", () => {
    expect(parseUtcDate("2026-02-30")).toBeNull();
    expect(parseUtcDate("2026-2-3")).toBeNull();
    expect(parseUtcDate("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });
});
