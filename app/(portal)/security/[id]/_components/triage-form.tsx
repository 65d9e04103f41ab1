"use client";
// Investigated, resolved and notes, saved together with the version read. Resolving implies investigated
// (as the server has it). After a 409 the form starts again from the fresh event, keeping unsaved notes visible.
// On the form hook: the API's schema checks it, Ctrl/⌘+Enter saves.
import { useState } from "react";
import { Save } from "lucide-react";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Spinner } from "@/components/ui/states";
import { TextAreaField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { ApiError } from "@/lib/client/api-client";
import { useUpdateSecurityEvent } from "@/lib/client/security";
import { updateSecurityEventInput, type SecurityEventResponse } from "@/lib/security/schemas";

type Draft = { investigated: boolean; resolved: boolean; notes: string };
const draftOf = (e: SecurityEventResponse): Draft => ({
  investigated: e.investigated,
  resolved: e.resolved,
  notes: e.notes ?? "",
});
const same = (a: Draft, b: Draft) =>
  a.investigated === b.investigated && a.resolved === b.resolved && a.notes.trim() === b.notes.trim();

export function TriageForm({ event }: { event: SecurityEventResponse }) {
  const update = useUpdateSecurityEvent();
  const [base, setBase] = useState(event);
  const [unsavedNotes, setUnsavedNotes] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initial: draftOf(event),
    schema: updateSecurityEventInput,
    toInput: (d) => ({
      version: base.version,
      investigated: d.investigated || d.resolved,
      resolved: d.resolved,
      notes: d.notes.trim() || null,
    }),
    onSubmit: (input, d) => {
      // Ctrl/⌘+Enter with nothing changed saves nothing, as the disabled button does.
      if (!isDirty) return;
      setSaved(false);
      update.mutate(
        { id: event.id, ...input },
        {
          onSuccess: (fresh) => {
            setBase(fresh);
            form.reset(draftOf(fresh));
            setUnsavedNotes(null);
            setSaved(true);
          },
          onError: (error) => {
            if (!(error instanceof ApiError && error.isConflict)) return;
            // Start over from what is there now; keep the typed notes where they can be copied back.
            if (d.notes.trim() && d.notes.trim() !== (base.notes ?? "")) setUnsavedNotes(d.notes);
            form.reset(draftOf(event));
            setBase(event);
          },
        },
      );
    },
    isPending: update.isPending,
  });
  const draft = form.values;
  const isDirty = !same(draft, draftOf(base));
  // A newer copy (a poll, someone else's save): follow it unless the user is mid-edit.
  if (event.version !== base.version) {
    setBase(event);
    if (!isDirty) form.reset(draftOf(event));
  }

  return (
    <form {...form.formProps} aria-label="Triage" className="space-y-3" data-testid="triage-form">
      <div className="flex flex-wrap gap-4 text-sm">
        <Checkbox
          label="Investigated"
          labelClassName="inline-flex"
          checked={draft.investigated || draft.resolved}
          disabled={draft.resolved}
          onChecked={(v) => form.set("investigated", v)}
        />
        <Checkbox
          label="Resolved"
          labelClassName="inline-flex"
          checked={draft.resolved}
          onChecked={(v) => form.patch({ resolved: v, investigated: draft.investigated || v })}
        />
      </div>
      {draft.resolved ? (
        <p className="text-xs text-muted">
          A resolved event stays investigated; untick Resolved to reopen it.
        </p>
      ) : null}
      <TextAreaField
        label="Notes"
        hint="What you checked and what you found. Shown to the rest of security."
        {...textProps(form, "notes")}
        maxLength={20_000}
      />
      {unsavedNotes !== null ? (
        <div className="rounded-md border border-border bg-surface-2 p-2 text-xs">
          <p className="mb-1 font-medium">Your unsaved notes</p>
          <p className="break-words whitespace-pre-wrap">{unsavedNotes}</p>
        </div>
      ) : null}
      <ActionError error={update.error} />
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={update.isPending || !isDirty}>
          {update.isPending ? <Spinner label="Saving" /> : <Save aria-hidden className="size-3.5" />}
          Save triage
        </Button>
        {saved && !isDirty ? (
          <span role="status" className="text-xs text-success">
            Saved
          </span>
        ) : null}
      </div>
    </form>
  );
}
