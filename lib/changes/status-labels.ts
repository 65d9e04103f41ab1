// The words for a change's status, in one place: badges, filters, timeline summaries, API messages and
// confirmations all read them, so a status is never spelt from its enum ("now in cab review").
import type { ChangeStatus } from "@/lib/changes/lifecycle";

/** A change status as a label: "In CAB review". */
export const CHANGE_STATUS_LABELS: Record<ChangeStatus, string> = {
  DRAFT: "Draft",
  IN_TECHNICAL_REVIEW: "In technical review",
  IN_CAB_REVIEW: "In CAB review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  SCHEDULED: "Scheduled",
  IMPLEMENTING: "Implementing",
  VERIFYING: "Verifying",
  COMPLETED: "Completed",
  ROLLED_BACK: "Rolled back",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};

/** A change status inside a sentence: "is in CAB review", "now approved" (acronyms keep their case). */
export const changeStatusInSentence = (status: ChangeStatus): string => {
  const label = CHANGE_STATUS_LABELS[status];
  return label.charAt(0).toLowerCase() + label.slice(1);
};
