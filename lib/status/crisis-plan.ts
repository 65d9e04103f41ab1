// The handbook's Crisis Communication Plan as a checklist of clocks (pure): for a P1 (and a P2 when its
// team chooses), each audience must be told within its time from the incident's start. The caller records
// who did each step and when; this says what is due, what is overdue and how long is left, on an injected
// clock. Media statements are prepared "if needed": a step without a clock, never overdue.
import type { Severity } from "@/lib/incidents/sla";

const MINUTE_MS = 60_000;

export const CRISIS_STEPS = [
  {
    id: "team",
    audience: "Immediate team",
    channel: "Chat: #ops-emergency",
    withinMinutes: 0,
  },
  {
    id: "management",
    audience: "Management",
    channel: "Direct phone calls",
    withinMinutes: 15,
  },
  {
    id: "status-page",
    audience: "Clients",
    channel: "Status page update",
    withinMinutes: 30,
  },
  {
    id: "all-staff",
    audience: "All staff",
    channel: "Company-wide e-mail",
    withinMinutes: 60,
  },
  {
    id: "partners",
    audience: "Partners",
    channel: "E-mail notification",
    withinMinutes: 60,
  },
  {
    id: "board",
    audience: "Board",
    channel: "CEO notification",
    withinMinutes: 120,
  },
  {
    id: "regulators",
    audience: "Regulators",
    channel: "As required by law",
    withinMinutes: 72 * 60,
    onlyWhenReportable: true,
  },
  {
    id: "media",
    audience: "Media",
    channel: "Prepared statement, if needed",
    withinMinutes: null,
  },
] as const;

export type CrisisStepId = (typeof CRISIS_STEPS)[number]["id"];

/** Whether an incident gets the plan: every P1; a P2 when its team chose to. */
export function needsCrisisPlan(severity: Severity, chosenForP2 = false): boolean {
  return severity === "P1" || (severity === "P2" && chosenForP2);
}

export type StepDone = { at: Date; by: string };

export type ChecklistItem = {
  id: CrisisStepId;
  audience: string;
  channel: string;
  /** Null for a step without a clock (media). */
  dueAt: Date | null;
  done: StepDone | null;
  /** Done after its due instant (still recorded, and counted late for compliance). */
  late: boolean;
  /** Not done and past due at `now`. */
  overdue: boolean;
  /** Milliseconds left until due (negative when overdue); null when done or without a clock. */
  remainingMs: number | null;
};

/**
 * The checklist of an incident that started at `startedAt`: the regulators' step only when it is marked
 * reportable. A step is due exactly at its instant; done at that instant is on time.
 */
export function crisisChecklist(input: {
  startedAt: Date;
  reportable: boolean;
  done: Partial<Record<CrisisStepId, StepDone>>;
  now: Date;
}): ChecklistItem[] {
  return CRISIS_STEPS.filter((s) => !("onlyWhenReportable" in s) || input.reportable).map((s) => {
    const dueAt =
      s.withinMinutes === null ? null : new Date(input.startedAt.getTime() + s.withinMinutes * MINUTE_MS);
    const done = input.done[s.id] ?? null;
    const late = !!(done && dueAt && done.at.getTime() > dueAt.getTime());
    const overdue = !done && !!dueAt && input.now.getTime() > dueAt.getTime();
    return {
      id: s.id,
      audience: s.audience,
      channel: s.channel,
      dueAt,
      done,
      late,
      overdue,
      remainingMs: done || !dueAt ? null : dueAt.getTime() - input.now.getTime(),
    };
  });
}

/** For the executive dashboard's compliance: clocked steps done on time ÷ clocked steps that are due or done. */
export function crisisCompliance(
  items: readonly ChecklistItem[],
  now: Date,
): { onTime: number; counted: number } {
  let onTime = 0;
  let counted = 0;
  for (const item of items) {
    if (!item.dueAt) continue;
    const isDue = item.dueAt.getTime() < now.getTime();
    if (!item.done && !isDue) continue;
    counted += 1;
    if (item.done && !item.late) onTime += 1;
  }
  return { onTime, counted };
}
