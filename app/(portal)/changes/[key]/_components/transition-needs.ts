// What a move needs from the person making it, before the server is asked.
import type { ChangeStatus } from "@/lib/changes/lifecycle";
import type { ChangeResponse } from "@/lib/changes/schemas";

export type TransitionNeed =
  | { kind: "direct" }
  | { kind: "schedule" }
  | { kind: "notes"; label: string; hint: string; submitLabel: string };

export function transitionNeed(
  to: ChangeStatus,
  change: Pick<ChangeResponse, "category" | "reviewNotes">,
): TransitionNeed {
  if (to === "SCHEDULED") return { kind: "schedule" };
  if (to === "ROLLED_BACK")
    return {
      kind: "notes",
      label: "What was done",
      hint: "What was rolled back, how, and the state it left things in.",
      submitLabel: "Record rollback",
    };
  if (to === "CANCELLED")
    return {
      kind: "notes",
      label: "Reason",
      hint: "Why it is cancelled; the requester sees this.",
      submitLabel: "Cancel change",
    };
  if (to === "CLOSED" && change.category === "EMERGENCY" && !change.reviewNotes) {
    return {
      kind: "notes",
      label: "Post-implementation review",
      hint: "An emergency change is closed only with its review: what happened, why the emergency, what to change.",
      submitLabel: "Close with review",
    };
  }
  return { kind: "direct" };
}
