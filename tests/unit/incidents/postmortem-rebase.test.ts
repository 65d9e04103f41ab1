import { describe, expect, it } from "vitest";
import {
  postmortemFingerprint,
  rebasedDraft,
} from "@/app/(portal)/incidents/[key]/_components/postmortem-draft";
import { optimisticIncident } from "@/lib/client/incidents";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const inProgress = {
  key: "INC-2026-0001",
  status: "IN_PROGRESS",
  resolution: null,
  rootCause: null,
  lessonsLearned: null,
  postmortemAt: null,
  preventionMeasures: [],
  version: 3,
} as unknown as IncidentResponse;

describe("the post-mortem draft's base version", () => {
  it("a draft begun on the optimistic Resolve sends the version the Resolve stored (CI saw a 409 here)", () => {
    // The user resolves and starts typing at once: the draft's base is the optimistic incident (version 3).
    const optimistic = optimisticIncident(inProgress, {
      version: 3,
      status: "RESOLVED",
      resolution: "Rolled back release 42",
    });
    const base = { version: optimistic.version, fingerprint: postmortemFingerprint(optimistic) };
    // Then the server's answer arrives: the same incident, resolved, at version 4.
    const stored = { ...optimistic, version: 4 };
    expect(rebasedDraft(base, stored)).toEqual({ ...base, version: 4 });
  });

  it("keeps the old base when someone rewrote the post-mortem, so the save is refused and the user decides", () => {
    const resolved = { ...inProgress, status: "RESOLVED", resolution: "Rolled back" } as IncidentResponse;
    const base = { version: 4, fingerprint: postmortemFingerprint(resolved) };
    const rewritten = {
      ...resolved,
      rootCause: "Theirs",
      postmortemAt: "2026-12-07T10:00:00.000Z",
      version: 5,
    } as IncidentResponse;
    expect(rebasedDraft(base, rewritten)).toBe(base);
  });

  it("never moves back to an older version", () => {
    const base = { version: 6, fingerprint: postmortemFingerprint(inProgress) };
    expect(rebasedDraft(base, inProgress)).toBe(base);
  });
});
