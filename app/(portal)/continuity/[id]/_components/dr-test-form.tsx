"use client";
// Recording a DR test: planned for a date, or run with what it measured. Validated with the API's
// schema; the measured times are judged against the function's targets as they are typed.
import { formMessage } from "@/app/(portal)/continuity/_components/function-form-values";
import {
  BLANK_RESULT,
  fromLocalInput,
  toResultInput,
  type TestResultValues,
} from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { TestResultFields } from "@/app/(portal)/continuity/[id]/_components/measured-fields";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { Panel } from "@/components/ui/panel";
import { useForm } from "@/components/ui/use-form";
import { useIdempotentCreate } from "@/components/ui/use-idempotent-create";
import { useIsClient } from "@/components/ui/use-is-client";
import { useCreateDrTest } from "@/lib/client/continuity";
import { DR_TEST_LABELS, DR_TEST_TYPES, type DrTestType } from "@/lib/continuity/rules";
import { createDrTestInput, type FunctionResponse } from "@/lib/continuity/schemas";

type Status = "DONE" | "PLANNED";
type DrTestValues = TestResultValues & { type: DrTestType; status: Status; when: string };
const BLANK: DrTestValues = { type: "BACKUP_RESTORE", status: "DONE", when: "", ...BLANK_RESULT };

export function DrTestForm({ fn, onDone }: { fn: FunctionResponse; onDone: () => void }) {
  const isClient = useIsClient();
  const create = useCreateDrTest(fn.id);
  const send = useIdempotentCreate(create);
  const form = useForm({
    initial: BLANK,
    schema: createDrTestInput,
    toInput: (v) => {
      const at = fromLocalInput(v.when);
      const done = v.status === "DONE";
      return {
        type: v.type,
        status: v.status,
        ...(done ? { performedAt: at } : { plannedFor: at }),
        ...toResultInput(v),
        ...(done ? {} : { measuredRtoHours: null, measuredRpoHours: null }),
      };
    },
    onSubmit: (input) => send(input, onDone),
    serverError: create.error,
    isPending: create.isPending,
    messageOf: formMessage,
  });
  const { values, set, errors } = form;
  const isDone = values.status === "DONE";

  const whenError = errors.performedAt ?? errors.plannedFor;
  return (
    <Panel title="Record a DR test" className="border-accent/30">
      <form {...form.formProps} aria-label="Record a DR test" className="space-y-4">
        <FormAlert error={create.error} />
        <ChoiceGroup
          name="dr-type"
          legend="Test"
          value={values.type}
          onChange={(t) => set("type", t)}
          error={errors.type}
          choices={DR_TEST_TYPES.map((t) => ({ value: t, label: DR_TEST_LABELS[t] }))}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <ChoiceGroup
            name="dr-status"
            legend="Status"
            value={values.status}
            onChange={(s) => {
              set("status", s);
              form.setErrors({});
            }}
            choices={[
              { value: "DONE", label: "Done", hint: "It was run" },
              { value: "PLANNED", label: "Planned", hint: "It will be run" },
            ]}
          />
          <DateTimeInput
            label={isDone ? "Performed at" : "Planned for"}
            zone="local"
            value={values.when}
            onChange={(w) => set("when", w)}
            error={whenError}
            hint={isDone ? "Leave empty for now." : "When it is scheduled."}
          />
        </div>
        {isDone ? (
          <TestResultFields
            values={values}
            onChange={form.patch}
            targetRto={fn.rtoHours}
            targetRpo={fn.rpoHours}
            isRtoOptional={values.type === "PLAN_REVIEW"}
            errors={errors}
          />
        ) : null}
        <FormActions
          submitLabel={isDone ? "Record test" : "Plan test"}
          isPending={create.isPending}
          isDisabled={!isClient}
        >
          <Button onClick={onDone}>Cancel</Button>
        </FormActions>
      </form>
    </Panel>
  );
}
