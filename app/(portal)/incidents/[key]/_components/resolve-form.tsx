"use client";
// Resolving with what fixed it: the lifecycle's own check (a P1 needs its post-mortem first, say) and the
// API's schema both speak under the box. Ctrl/⌘+Enter resolves, Esc cancels.
import type { RefObject } from "react";
import type { PatchIncident } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { TextAreaField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
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
  // The lifecycle's verdict on this incident goes first: it says what is missing in the handbook's words.
  const schema = updateIncidentInput.superRefine((v, ctx) => {
    const verdict = checkTransition(incident.status, "RESOLVED", {
      severity: incident.severity,
      hasResolution: (v.resolution ?? "").trim() !== "",
      hasPostmortem: incident.postmortemAt !== null,
    });
    if (!verdict.ok) ctx.addIssue({ code: "custom", path: ["resolution"], message: verdict.message });
  });
  const form = useForm({
    // A reopened incident keeps its earlier resolution as a starting point.
    initial: { resolution: incident.resolution ?? "" },
    schema,
    toInput: (v) => ({ version: incident.version, status: "RESOLVED", resolution: v.resolution }),
    onSubmit: (input) => patch({ status: "RESOLVED", resolution: input.resolution }, onClose),
    onEscape: onClose,
    isPending,
  });
  const error = form.errorOf("resolution") ?? serverError;
  return (
    <form
      {...form.formProps}
      aria-label="Resolve incident"
      className="space-y-2 rounded-md border border-success/30 bg-success/5 p-3"
    >
      <TextAreaField
        ref={textareaRef}
        label="Resolution"
        hint="What fixed it. Esc cancels."
        {...textProps(form, "resolution")}
        error={error}
        autoFocus
        className="min-h-20"
      />
      <FormActions
        submitLabel="Resolve incident"
        isPending={isPending}
        pendingLabel="Resolving"
        verb="resolve"
      >
        <Button onClick={onClose} disabled={isPending}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
