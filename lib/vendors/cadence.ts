// Review cadence and contract watch (handbook "Vendor Management"): critical vendors are reviewed
// quarterly, important ones twice a year, standard ones yearly. Pure date arithmetic in UTC.
import type { Criticality } from "@/lib/vendors/assessment-formula";

export const REVIEW_INTERVAL_MONTHS: Record<Criticality, number> = {
  CRITICAL: 3,
  IMPORTANT: 6,
  STANDARD: 12,
};
export const CERTIFICATION_WARNING_DAYS = 60;
const DAY = 86_400_000;

// Month arithmetic that clamps to the last day (31 Jan + 1 month = 28/29 Feb).
export function addMonths(d: Date, months: number): Date {
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() + months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target;
}

export function nextReviewDue(criticality: Criticality, lastAssessedAt: Date | null, createdAt: Date): Date {
  return addMonths(lastAssessedAt ?? createdAt, REVIEW_INTERVAL_MONTHS[criticality]);
}

// Due exactly at the instant is not yet overdue.
export const isReviewOverdue = (due: Date, now: Date) => now.getTime() > due.getTime();

// Notice must be given `noticePeriodDays` before renewal (or the end of the contract): from that
// deadline on, and until renewal, the contract is inside its notice period.
export function noticeDeadline(renewalOrEnd: Date | null, noticePeriodDays: number): Date | null {
  return renewalOrEnd ? new Date(renewalOrEnd.getTime() - noticePeriodDays * DAY) : null;
}
export function isInNoticePeriod(renewalOrEnd: Date | null, noticePeriodDays: number, now: Date): boolean {
  const deadline = noticeDeadline(renewalOrEnd, noticePeriodDays);
  return (
    deadline !== null &&
    renewalOrEnd !== null &&
    now.getTime() >= deadline.getTime() &&
    now.getTime() < renewalOrEnd.getTime()
  );
}

export type Certification = { name: string; expiresAt: string | null };
export function certificationStatus(cert: Certification, now: Date): "VALID" | "EXPIRING" | "EXPIRED" {
  if (!cert.expiresAt) return "VALID";
  const at = new Date(cert.expiresAt).getTime();
  if (at <= now.getTime()) return "EXPIRED";
  return at - now.getTime() <= CERTIFICATION_WARNING_DAYS * DAY ? "EXPIRING" : "VALID";
}
export const currentCertifications = (certs: readonly Certification[], now: Date) =>
  certs.filter((c) => certificationStatus(c, now) !== "EXPIRED").map((c) => c.name);
