// The post-mortem form's state, and how it maps to and from the API.
import type { IncidentResponse, PostmortemInput } from "@/lib/incidents/schemas";

export type MeasureDraft = { rowId: string; description: string; ownerId: string; dueDate: string };
export type PostmortemDraft = {
  rootCause: string;
  resolution: string;
  lessonsLearned: string;
  measures: MeasureDraft[];
};

export const blankMeasure = (rowId: string): MeasureDraft => ({
  rowId,
  description: "",
  ownerId: "",
  dueDate: "",
});

// Done measures are kept by the server on every save, so the form offers only the ones still open;
// sending a done one again would create a duplicate.
export function draftFrom(incident: IncidentResponse): PostmortemDraft {
  const open = incident.preventionMeasures.filter((m) => m.status !== "DONE");
  return {
    rootCause: incident.rootCause ?? "",
    resolution: incident.resolution ?? "",
    lessonsLearned: incident.lessonsLearned ?? "",
    measures: open.length
      ? open.map((m) => ({
          rowId: m.id,
          description: m.description,
          ownerId: m.owner.id,
          dueDate: m.dueDate,
        }))
      : [blankMeasure("first")],
  };
}

export function toPostmortemInput(draft: PostmortemDraft, version: number): PostmortemInput {
  return {
    version,
    rootCause: draft.rootCause,
    resolution: draft.resolution,
    lessonsLearned: draft.lessonsLearned.trim() || null,
    preventionMeasures: draft.measures.map(({ description, ownerId, dueDate }) => ({
      description,
      ownerId,
      dueDate,
    })),
  };
}

// What the saved post-mortem says, to tell whether someone else rewrote it while we were editing.
export function postmortemFingerprint(incident: IncidentResponse): string {
  return JSON.stringify([
    incident.postmortemAt,
    incident.rootCause,
    incident.resolution,
    incident.lessonsLearned,
    incident.preventionMeasures.map((m) => [m.id, m.version]),
  ]);
}

/** What a touched draft is based on: the version it will send, and the post-mortem it started from. */
export type DraftBase = { version: number; fingerprint: string };

/**
 * The base a touched draft should send now. A newer incident whose post-mortem is what the draft started
 * from (a status change, a reassignment, or the user's own Resolve arriving after they began typing) moves
 * the base to its version: nothing the draft would overwrite has changed. A rewritten post-mortem keeps the
 * old base, so saving is refused (409) and the user decides.
 */
export function rebasedDraft(base: DraftBase, incident: IncidentResponse): DraftBase {
  if (incident.version <= base.version) return base;
  return postmortemFingerprint(incident) === base.fingerprint ? { ...base, version: incident.version } : base;
}
