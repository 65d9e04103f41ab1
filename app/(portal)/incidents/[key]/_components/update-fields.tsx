"use client";
// An incident update's fields on the handbook's template: impact, current actions, workaround, when the
// next update is due (the viewer's time, and what it is sent as) and whether it is public.
import type { RefObject } from "react";
import { localInputToIso } from "@/app/(portal)/incidents/[key]/_components/next-update-time";
import type { UpdateDraft } from "@/app/(portal)/incidents/[key]/_components/update-draft";
import { Checkbox } from "@/components/ui/checkbox";
import { errorAt } from "@/components/ui/form-state";
import { TextAreaField, TextField } from "@/components/ui/text-field";

type Props = {
  draft: UpdateDraft;
  set: <K extends keyof UpdateDraft>(key: K, value: UpdateDraft[K]) => void;
  errors: Record<string, string>;
  impactRef: RefObject<HTMLTextAreaElement | null>;
};

export function UpdateFields({ draft, set, errors, impactRef }: Props) {
  const sentAs = localInputToIso(draft.nextUpdateAt);
  return (
    <>
      <TextAreaField
        ref={impactRef}
        label="Impact"
        hint="What users notice, in their words."
        value={draft.impact}
        onValue={(v) => set("impact", v)}
        error={errors.impact}
        className="min-h-16"
      />
      <TextAreaField
        label="Current actions"
        hint="One per line."
        value={draft.actions}
        onValue={(v) => set("actions", v)}
        error={errorAt(errors, "currentActions")}
        className="min-h-20"
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Workaround"
          hint="Optional; empty means “None available at this time”."
          value={draft.workaround}
          onValue={(v) => set("workaround", v)}
          error={errors.workaround}
        />
        <TextField
          label="Next update at"
          hint={
            sentAs.endsWith("Z")
              ? `Your time; sent as ${sentAs.slice(0, 16).replace("T", " ")} UTC.`
              : "Your time zone."
          }
          type="datetime-local"
          value={draft.nextUpdateAt}
          onValue={(v) => set("nextUpdateAt", v)}
          error={errors.nextUpdateAt}
        />
      </div>
      <Checkbox
        label="Public update (shown on the status page)"
        checked={draft.isPublic}
        onChecked={(v) => set("isPublic", v)}
      />
    </>
  );
}
