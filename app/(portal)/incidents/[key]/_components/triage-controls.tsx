"use client";
import { useState, type FormEvent } from "react";
import type { AvailableActions } from "@/app/(portal)/incidents/[key]/_components/available-actions";
import type { PatchIncident } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { usePeople } from "@/app/(portal)/incidents/[key]/_components/use-people";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Instant } from "@/components/ui/time";
import type { IncidentResponse } from "@/lib/incidents/schemas";
import { computeDueDates, SEVERITIES, SEVERITY_LABELS, type Severity } from "@/lib/incidents/sla";

type Props = {
  incident: IncidentResponse;
  actions: AvailableActions;
  patch: PatchIncident;
  isPending: boolean;
};

const UNASSIGNED = "";

export function TriageControls({ incident, actions, patch, isPending }: Props) {
  const { responders, isPending: isLoadingPeople, isError } = usePeople();
  // null = untouched, so the control follows changes made by others until the viewer picks something.
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [assignee, setAssignee] = useState<string | null>(null);
  const shownSeverity = severity ?? incident.severity;
  const currentAssignee = incident.assignedTo?.id ?? UNASSIGNED;
  const shownAssignee = assignee ?? currentAssignee;
  const preview =
    shownSeverity !== incident.severity ? computeDueDates(new Date(incident.createdAt), shownSeverity) : null;
  const options =
    incident.assignedTo && !responders.some((p) => p.id === incident.assignedTo?.id)
      ? [incident.assignedTo, ...responders]
      : responders;

  function changeSeverity(e: FormEvent) {
    e.preventDefault();
    if (shownSeverity !== incident.severity) patch({ severity: shownSeverity }, () => setSeverity(null));
  }

  function changeAssignee(e: FormEvent) {
    e.preventDefault();
    if (shownAssignee !== currentAssignee)
      patch({ assignedTo: shownAssignee === UNASSIGNED ? null : shownAssignee }, () => setAssignee(null));
  }

  if (!actions.changeSeverity && !actions.assignOthers) return null;
  return (
    <div className="grid gap-3 border-t border-border pt-3 sm:grid-cols-2">
      {actions.changeSeverity ? (
        <form onSubmit={changeSeverity} aria-label="Change severity">
          <Field
            label="Severity"
            hint={
              preview ? (
                <>
                  Clocks will be recomputed: response due <Instant at={preview.responseDueAt} />, resolution
                  due <Instant at={preview.resolutionDueAt} />.
                </>
              ) : (
                "Changing it recomputes both SLA clocks."
              )
            }
          >
            {(id, describedBy) => (
              <div className="flex gap-2">
                <Select
                  id={id}
                  aria-describedby={describedBy}
                  value={shownSeverity}
                  onChange={(e) => setSeverity(e.target.value as Severity)}
                >
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {SEVERITY_LABELS[s]}
                    </option>
                  ))}
                </Select>
                <Button
                  type="submit"
                  className="shrink-0"
                  disabled={isPending || shownSeverity === incident.severity}
                >
                  Change severity
                </Button>
              </div>
            )}
          </Field>
        </form>
      ) : null}
      {actions.assignOthers ? (
        <form onSubmit={changeAssignee} aria-label="Change assignee">
          <Field
            label="Assignee"
            hint={isError ? "Could not load people; “Assign to me” still works." : "Who owns the response."}
          >
            {(id, describedBy) => (
              <div className="flex gap-2">
                <Select
                  id={id}
                  aria-describedby={describedBy}
                  value={shownAssignee}
                  disabled={isLoadingPeople || isError}
                  onChange={(e) => setAssignee(e.target.value)}
                >
                  <option value={UNASSIGNED}>{isLoadingPeople ? "Loading people…" : "Unassigned"}</option>
                  {options.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
                <Button
                  type="submit"
                  className="shrink-0"
                  disabled={isPending || shownAssignee === currentAssignee}
                >
                  Change assignee
                </Button>
              </div>
            )}
          </Field>
        </form>
      ) : null}
    </div>
  );
}
