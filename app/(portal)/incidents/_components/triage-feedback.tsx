"use client";
// What happens when a triager presses a / m: the guard, the request, and what they are told after.
import { useState } from "react";
import { useTriageAction, type TriageKind } from "@/app/(portal)/incidents/_components/use-triage-action";
import { DismissibleAlert } from "@/components/ui/dismissible-alert";
import { ApiError } from "@/lib/client/api-client";
import type { IncidentResponse } from "@/lib/incidents/schemas";

type Me = { id: string; name: string };
const VERB: Record<TriageKind, string> = { ack: "acknowledge", take: "assign" };

function describeError(error: Error, key: string, kind: TriageKind): string {
  if (error instanceof ApiError && error.isConflict) {
    return `${key} was changed by someone else after the list loaded, so it was not ${kind === "ack" ? "acknowledged" : "reassigned"}. The list has been refreshed: check the row and try again.`;
  }
  return `Could not ${VERB[kind]} ${key}: ${error.message}`;
}

export function useTriage(me: Me, canUpdate: boolean) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const action = useTriageAction(me, {
    onError: (e, { incident, kind }) => setError(describeError(e, incident.key, kind)),
    onSuccess: (incident, { kind }) => {
      setError(null);
      const mine = incident.assignedTo?.id === me.id;
      setNotice(
        kind === "take"
          ? `${incident.key} is assigned to you.`
          : `${incident.key} acknowledged${mine ? " and assigned to you" : ""}.`,
      );
    },
  });
  const busyKey = action.isPending ? action.variables.incident.key : undefined;

  const run = (incident: IncidentResponse, kind: TriageKind) => {
    if (!canUpdate) return setNotice("Your role cannot acknowledge or take incidents.");
    if (busyKey === incident.key) return;
    if (kind === "ack" && incident.status !== "OPEN")
      return setNotice(`${incident.key} is already acknowledged.`);
    if (kind === "take" && incident.status === "CLOSED") return setNotice(`${incident.key} is closed.`);
    if (kind === "take" && incident.assignedTo?.id === me.id)
      return setNotice(`${incident.key} is already yours.`);
    setNotice("");
    action.mutate({ incident, kind });
  };

  return { run, say: setNotice, busyKey, error, notice, dismiss: () => setError(null) };
}

export function TriageFeedback({ triage }: { triage: ReturnType<typeof useTriage> }) {
  return (
    <>
      {triage.error ? (
        <DismissibleAlert testId="triage-error" onDismiss={triage.dismiss} className="mb-2">
          {triage.error}
        </DismissibleAlert>
      ) : null}
      {/* Always mounted: a live region announces only changes made after it appeared. */}
      <p
        role="status"
        aria-live="polite"
        data-testid="triage-status"
        className="mb-2 min-h-4 text-xs text-muted"
      >
        {triage.notice}
      </p>
    </>
  );
}
