import { describe, expect, it } from "vitest";
import {
  complianceTone,
  describeRange,
  formatMinutes,
  formatPercent,
  isOverTarget,
} from "@/app/(portal)/incidents/metrics/_components/metrics-format";

describe("metrics formatting", () => {
  it("writes durations in the one style: seconds under a minute, then minutes, hours and days", () => {
    expect(formatMinutes(null)).toBe("—");
    expect(formatMinutes(0.2)).toBe("12 s");
    expect(formatMinutes(12.4)).toBe("12 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(200)).toBe("3 h 20 min");
    expect(formatMinutes(24 * 60)).toBe("1 d");
    expect(formatMinutes(72 * 60)).toBe("3 d");
    expect(formatMinutes(50 * 60)).toBe("2 d 2 h");
  });

  it("shows compliance with one decimal and colours it by the shown figure", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(0.975)).toBe("97.5 %");
    expect(formatPercent(1)).toBe("100.0 %");
    expect(complianceTone(0.95)).toBe("success");
    expect(complianceTone(0.94996)).toBe("success"); // shown as 95.0 %
    expect(complianceTone(0.949)).toBe("warning");
    expect(complianceTone(0.9)).toBe("warning");
    expect(complianceTone(0.899)).toBe("danger");
  });

  it("flags a mean time only when it is above the target", () => {
    expect(isOverTarget(15, 15)).toBe(false);
    expect(isOverTarget(15.1, 15)).toBe(true);
    expect(isOverTarget(null, 15)).toBe(false);
  });

  it("describes whole-day periods by their last included day", () => {
    expect(describeRange("2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z")).toBe(
      "2026-01-01 – 2026-01-31 UTC",
    );
    expect(describeRange("2025-12-10T14:30:00.000Z", "2026-03-10T14:30:00.000Z")).toBe(
      "2025-12-10 14:30 – 2026-03-10 14:30 UTC",
    );
  });
});
