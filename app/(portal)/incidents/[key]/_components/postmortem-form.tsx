"use client";
// The post-mortem's fields. Its draft lives in PostmortemSection (it follows the live incident until
// touched, and survives a 409 reload), so this form takes the form hook's pure parts: Ctrl/⌘+Enter saves.
import type { FormEvent, KeyboardEvent } from "react";
import { MeasureRows } from "@/app/(portal)/incidents/[key]/_components/measure-rows";
import type { PostmortemDraft } from "@/app/(portal)/incidents/[key]/_components/postmortem-draft";
import { usePeople } from "@/app/(portal)/incidents/[key]/_components/use-people";
import { Button } from "@/components/ui/button";
import { isModEnter } from "@/components/ui/form-state";
import { SaveHint } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { TextAreaField, textProps } from "@/components/ui/text-field";

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
  const form = { values: draft, set, errorOf: (field: string) => errors[field] };

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!isSaving) onSubmit();
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (!isModEnter(e)) return;
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label="Post-mortem" className="space-y-3">
      <TextAreaField label="Root cause" {...textProps(form, "rootCause")} />
      <TextAreaField
        label="Resolution"
        hint="Prefilled from the incident."
        {...textProps(form, "resolution")}
      />
      <TextAreaField label="Lessons learned" hint="Optional." {...textProps(form, "lessonsLearned")} />
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
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? <Spinner label="Saving" /> : null}
          Save post-mortem
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={isSaving}>
            Cancel
          </Button>
        ) : null}
        <SaveHint />
      </div>
    </form>
  );
}
