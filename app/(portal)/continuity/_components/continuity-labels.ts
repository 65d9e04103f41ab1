// Words for continuity values. DR test names come from the rules module, so the page and the server's
// flags say the same thing; criticality's words and colours are the vendors' (one scale for both).
import { formatInstant } from "@/components/ui/format-time";
import type { DrTestType } from "@/lib/continuity/rules";

// Column-width abbreviations for the schedule chips; the full name is the chip's title.
export const DR_TEST_SHORT: Record<DrTestType, string> = {
  BACKUP_RESTORE: "Restore",
  PARTIAL_DRILL: "Drill",
  FULL_SIMULATION: "Full sim",
  PLAN_REVIEW: "Plan rev.",
};
export const DR_TEST_CADENCE: Record<DrTestType, string> = {
  BACKUP_RESTORE: "monthly",
  PARTIAL_DRILL: "quarterly",
  FULL_SIMULATION: "yearly",
  PLAN_REVIEW: "quarterly",
};

export const DEPENDENCY_KIND_LABELS = { SERVICE: "Service", VENDOR: "Vendor", FUNCTION: "Function" } as const;

export const hours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
// DR test dates are UTC days: "12 Dec 2026", the one instant format without a clock.
export const day = (iso: string) => formatInstant(iso, { zone: "utc", dateOnly: true });
