import { describe, expect, it } from "vitest";
import {
  addMonths,
  certificationStatus,
  isInNoticePeriod,
  isReviewOverdue,
  nextReviewDue,
  noticeDeadline,
} from "@/lib/vendors/cadence";

const d = (iso: string) => new Date(iso);

describe("review cadence", () => {
  it("critical quarterly, important twice a year, standard yearly, from the last assessment", () => {
    const last = d("2026-01-15T09:00:00Z");
    expect(nextReviewDue("CRITICAL", last, d("2020-01-01T00:00:00Z")).toISOString()).toBe(
      "2026-04-15T09:00:00.000Z",
    );
    expect(nextReviewDue("IMPORTANT", last, d("2020-01-01T00:00:00Z")).toISOString()).toBe(
      "2026-07-15T09:00:00.000Z",
    );
    expect(nextReviewDue("STANDARD", last, d("2020-01-01T00:00:00Z")).toISOString()).toBe(
      "2027-01-15T09:00:00.000Z",
    );
  });

  it("a vendor never assessed is due one interval after it was recorded", () => {
    expect(nextReviewDue("CRITICAL", null, d("2026-03-01T00:00:00Z")).toISOString()).toBe(
      "2026-06-01T00:00:00.000Z",
    );
  });

  it("is overdue only after the due instant", () => {
    const due = d("2026-04-15T09:00:00Z");
    expect(isReviewOverdue(due, d("2026-04-15T09:00:00Z"))).toBe(false);
    expect(isReviewOverdue(due, d("2026-04-15T09:00:00.001Z"))).toBe(true);
  });

  it("month arithmetic clamps to the end of shorter months", () => {
    expect(addMonths(d("2026-11-30T00:00:00Z"), 3).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(addMonths(d("2027-11-30T00:00:00Z"), 3).toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(addMonths(d("2026-01-31T12:00:00Z"), 1).toISOString()).toBe("2026-02-28T12:00:00.000Z");
  });
});

describe("contracts and certifications", () => {
  const renewal = d("2027-03-31T00:00:00Z");
  it("the notice period runs from renewal − notice days until renewal", () => {
    expect(noticeDeadline(renewal, 90)!.toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(isInNoticePeriod(renewal, 90, d("2026-12-30T23:59:59.999Z"))).toBe(false);
    expect(isInNoticePeriod(renewal, 90, d("2026-12-31T00:00:00Z"))).toBe(true);
    expect(isInNoticePeriod(renewal, 90, d("2027-03-30T23:59:59Z"))).toBe(true);
    expect(isInNoticePeriod(renewal, 90, d("2027-03-31T00:00:00Z"))).toBe(false);
    expect(isInNoticePeriod(null, 90, d("2027-03-01T00:00:00Z"))).toBe(false);
  });

  it("certifications: valid, expiring within 60 days, expired", () => {
    const now = d("2026-11-27T00:00:00Z");
    expect(certificationStatus({ name: "SOC 2", expiresAt: null }, now)).toBe("VALID");
    expect(certificationStatus({ name: "SOC 2", expiresAt: "2027-01-27" }, now)).toBe("VALID");
    expect(certificationStatus({ name: "SOC 2", expiresAt: "2027-01-26" }, now)).toBe("EXPIRING");
    expect(certificationStatus({ name: "SOC 2", expiresAt: "2026-11-27" }, now)).toBe("EXPIRED");
  });
});
