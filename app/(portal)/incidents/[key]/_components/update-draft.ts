// The update form's state and its mapping onto the handbook's notification fields.
import {
  defaultNextUpdate,
  localInputToIso,
} from "@/app/(portal)/incidents/[key]/_components/next-update-time";
import type { IncidentUpdateResponse } from "@/lib/incidents/schemas";
import type { Severity } from "@/lib/incidents/sla";

export type UpdateDraft = {
  impact: string;
  actions: string;
  workaround: string;
  nextUpdateAt: string;
  isPublic: boolean;
};

export const blankUpdate = (severity: Severity): UpdateDraft => ({
  impact: "",
  actions: "",
  workaround: "",
  nextUpdateAt: defaultNextUpdate(severity),
  isPublic: false,
});

// Most updates repeat the last one with a line changed; the next-update time stays fresh.
export const continueFrom = (draft: UpdateDraft, last: IncidentUpdateResponse): UpdateDraft => ({
  ...draft,
  impact: last.impact,
  actions: last.currentActions.join("\n"),
  workaround: last.workaround ?? "",
  isPublic: last.public,
});

export const toUpdateInput = (draft: UpdateDraft) => ({
  impact: draft.impact,
  currentActions: draft.actions
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
  workaround: draft.workaround.trim() || null,
  nextUpdateAt: localInputToIso(draft.nextUpdateAt),
  public: draft.isPublic,
});
