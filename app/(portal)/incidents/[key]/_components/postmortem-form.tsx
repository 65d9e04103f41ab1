"use client";
import type { FormEvent } from "react";
import { MeasureRows } from "@/app/(portal)/incidents/[key]/_components/measure-rows";
import type { PostmortemDraft } from "@/app/(portal)/incidents/[key]/_components/postmortem-draft";
import { usePeople } from "@/app/(portal)/incidents/[key]/_components/use-people";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";

type Props = {
  draft: PostmortemDraft;
  onChange: (draft: PostmortemDraft) => void;
  errors: Record<string, string>;
  isSaving: boolean;
  keptDone: number;
  onSubmit: () => void;
  onCancel?: () => void;
};

export function PostmortemForm({ draft, onChange, errors, isSaving, keptDone, onSubmit, onCancel }: Props) {
  const { people, isPending: isLoadingPeople, isError } = usePeople();
  const set = <K extends keyof PostmortemDraft>(key: K, value: PostmortemDraft[K]) =>
    onChange({ ...draft, [key]: value });

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Post-mortem" className="space-y-3">
      <Field label="Root cause" error={errors.rootCause}>
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.rootCause}
            value={draft.rootCause}
            onChange={(e) => set("rootCause", e.target.value)}
          />
        )}
      </Field>
      <Field label="Resolution" error={errors.resolution} hint="Prefilled from the incident.">
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.resolution}
            value={draft.resolution}
            onChange={(e) => set("resolution", e.target.value)}
          />
        )}
      </Field>
      <Field label="Lessons learned" error={errors.lessonsLearned} hint="Optional.">
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.lessonsLearned}
            value={draft.lessonsLearned}
            onChange={(e) => set("lessonsLearned", e.target.value)}
          />
        )}
      </Field>
      <div className="space-y-1">
        <h3 className="text-sm font-medium">Prevention measures</h3>
        <p className="text-xs text-muted">
          Each becomes a tracked action item.
          {keptDone ? ` ${keptDone} done measure${keptDone === 1 ? " is" : "s are"} kept as they are.` : ""}
          {isError ? " Could not load people to choose owners from; try again shortly." : ""}
        </p>
        <MeasureRows
          measures={draft.measures}
          onChange={(measures) => set("measures", measures)}
          people={people}
          isLoadingPeople={isLoadingPeople}
          errors={errors}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? <Spinner label="Saving" /> : null}
          Save post-mortem
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={isSaving}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
