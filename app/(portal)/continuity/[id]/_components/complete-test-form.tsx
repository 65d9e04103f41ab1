"use client";
// Recording the result of a planned DR test, sending the version the list read (a 409 if someone
// recorded it first).
import { formMessage } from "@/app/(portal)/continuity/_components/function-form-values";
import {
  BLANK_RESULT,
  fromLocalInput,
  toResultInput,
  type TestResultValues,
} from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { TestResultFields } from "@/app/(portal)/continuity/[id]/_components/measured-fields";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { FormActions } from "@/components/ui/form-actions";
import { useForm } from "@/components/ui/use-form";
import { useCompleteDrTest } from "@/lib/client/continuity";
import { completeDrTestInput, type DrTestResponse } from "@/lib/continuity/schemas";

type CompleteValues = TestResultValues & { when: string };
const BLANK: CompleteValues = { when: "", ...BLANK_RESULT };

export function CompleteTestForm({ test, onDone }: { test: DrTestResponse; onDone: () => void }) {
  const complete = useCompleteDrTest();
  const form = useForm({
    initial: BLANK,
    schema: completeDrTestInput,
    toInput: (v) => ({ version: test.version, performedAt: fromLocalInput(v.when), ...toResultInput(v) }),
    onSubmit: (input) => {
      if (test.type !== "PLAN_REVIEW" && input.measuredRtoHours === null) {
        form.setErrors({ measuredRtoHours: "A test that was run records the recovery time it measured" });
        return;
      }
      complete.mutate({ id: test.id, ...input }, { onSuccess: onDone });
    },
    serverError: complete.error,
    isPending: complete.isPending,
    messageOf: formMessage,
  });
  const { values, set, errors } = form;

  return (
    <form
      {...form.formProps}
      aria-label="Record the result"
      className="mt-2 space-y-3 rounded-md border border-accent/30 p-2.5"
    >
      {complete.error && (form.isConflict || form.formError) ? (
        <ActionError
          error={complete.error}
          conflictMessage="Someone recorded this test first; the list now shows their result."
        />
      ) : null}
      <DateTimeInput
        label="Performed at"
        zone="local"
        value={values.when}
        onChange={(w) => set("when", w)}
        error={errors.performedAt}
        hint="Leave empty for now."
        className="max-w-xs"
      />
      <TestResultFields
        values={values}
        onChange={form.patch}
        targetRto={test.targetRtoHours}
        targetRpo={test.targetRpoHours}
        isRtoOptional={test.type === "PLAN_REVIEW"}
        errors={errors}
      />
      <FormActions submitLabel="Save result" isPending={complete.isPending} size="sm">
        <Button size="sm" onClick={onDone}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
