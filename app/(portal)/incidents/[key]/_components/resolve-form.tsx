"use client";
import { useState, type FormEvent, type KeyboardEvent, type RefObject } from "react";
import type { PatchIncident } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { checkTransition } from "@/lib/incidents/lifecycle";
import { updateIncidentInput, type IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  incident: IncidentResponse;
  patch: PatchIncident;
  isPending: boolean;
  serverError?: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onClose: () => void;
};

export function ResolveForm({ incident, patch, isPending, serverError, textareaRef, onClose }: Props) {
  // A reopened incident keeps its earlier resolution as a starting point.
  const [resolution, setResolution] = useState(incident.resolution ?? "");
  const [clientError, setClientError] = useState<string>();

  function submit(e: FormEvent) {
    e.preventDefault();
    const verdict = checkTransition(incident.status, "RESOLVED", {
      severity: incident.severity,
      hasResolution: resolution.trim() !== "",
      hasPostmortem: incident.postmortemAt !== null,
    });
    const parsed = updateIncidentInput.safeParse({
      version: incident.version,
      status: "RESOLVED",
      resolution,
    });
    const error = !verdict.ok
      ? verdict.message
      : parsed.success
        ? undefined
        : parsed.error.issues[0]?.message;
    setClientError(error);
    if (error || !parsed.success) return;
    patch({ status: "RESOLVED", resolution: parsed.data.resolution }, onClose);
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Escape") onClose();
    else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) e.currentTarget.requestSubmit();
  }

  const error = clientError ?? serverError;
  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label="Resolve incident"
      className="space-y-2 rounded-md border border-success/30 bg-success/5 p-3"
    >
      <Field label="Resolution" error={error} hint="What fixed it. Ctrl+Enter resolves, Esc cancels.">
        {(id, describedBy) => (
          <Textarea
            id={id}
            ref={textareaRef}
            aria-describedby={describedBy}
            aria-invalid={!!error}
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
            autoFocus
            className="min-h-20"
          />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={isPending}>
          Resolve incident
        </Button>
        <Button onClick={onClose} disabled={isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
