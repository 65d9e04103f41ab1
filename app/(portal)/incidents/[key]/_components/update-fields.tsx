"use client";
import type { RefObject } from "react";
import { errorAt } from "@/components/ui/form-state";
import { localInputToIso } from "@/app/(portal)/incidents/[key]/_components/next-update-time";
import type { UpdateDraft } from "@/app/(portal)/incidents/[key]/_components/update-draft";
import { Field, Input, Textarea } from "@/components/ui/field";

type Props = {
  draft: UpdateDraft;
  set: <K extends keyof UpdateDraft>(key: K, value: UpdateDraft[K]) => void;
  errors: Record<string, string>;
  impactRef: RefObject<HTMLTextAreaElement | null>;
};

export function UpdateFields({ draft, set, errors, impactRef }: Props) {
  const sentAs = localInputToIso(draft.nextUpdateAt);
  const actionsError = errorAt(errors, "currentActions");
  return (
    <>
      <Field label="Impact" error={errors.impact} hint="What users notice, in their words.">
        {(id, d) => (
          <Textarea
            id={id}
            ref={impactRef}
            aria-describedby={d}
            aria-invalid={!!errors.impact}
            value={draft.impact}
            onChange={(e) => set("impact", e.target.value)}
            className="min-h-16"
          />
        )}
      </Field>
      <Field label="Current actions" error={actionsError} hint="One per line.">
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!actionsError}
            value={draft.actions}
            onChange={(e) => set("actions", e.target.value)}
            className="min-h-20"
          />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Workaround"
          error={errors.workaround}
          hint="Optional; empty means “None available at this time”."
        >
          {(id, d) => (
            <Input
              id={id}
              aria-describedby={d}
              aria-invalid={!!errors.workaround}
              value={draft.workaround}
              onChange={(e) => set("workaround", e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Next update at"
          error={errors.nextUpdateAt}
          hint={
            sentAs.endsWith("Z")
              ? `Your time; sent as ${sentAs.slice(0, 16).replace("T", " ")} UTC.`
              : "Your time zone."
          }
        >
          {(id, d) => (
            <Input
              id={id}
              type="datetime-local"
              aria-describedby={d}
              aria-invalid={!!errors.nextUpdateAt}
              value={draft.nextUpdateAt}
              onChange={(e) => set("nextUpdateAt", e.target.value)}
            />
          )}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.isPublic}
          onChange={(e) => set("isPublic", e.target.checked)}
          className="size-4 accent-accent"
        />
        Public update (shown on the status page)
      </label>
    </>
  );
}
