"use client";
// Recording a DR test: planned for a date, or run with what it measured. Validated with the API's
// schema; the measured times are judged against the function's targets as they are typed.
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { StringListField } from "@/app/(portal)/continuity/_components/string-list-field";
import { useIsClient } from "@/components/ui/use-is-client";
import { issuesToErrors } from "@/app/(portal)/continuity/_components/function-form-values";
import { fromLocalInput, measuredHours } from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { MeasuredFields } from "@/app/(portal)/continuity/[id]/_components/measured-fields";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Kbd, Spinner } from "@/components/ui/states";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateDrTest } from "@/lib/client/continuity";
import { DR_TEST_LABELS, DR_TEST_TYPES, type DrTestType } from "@/lib/continuity/rules";
import { createDrTestInput, type FunctionResponse } from "@/lib/continuity/schemas";

type Status = "DONE" | "PLANNED";

export function DrTestForm({ fn, onDone }: { fn: FunctionResponse; onDone: () => void }) {
  const isClient = useIsClient();
  const create = useCreateDrTest(fn.id);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [type, setType] = useState<DrTestType>("BACKUP_RESTORE");
  const [status, setStatus] = useState<Status>("DONE");
  const [when, setWhen] = useState("");
  const [rto, setRto] = useState("");
  const [rpo, setRpo] = useState("");
  const [findings, setFindings] = useState("");
  const [followUps, setFollowUps] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorMap(create.error);
  const errors = { ...serverErrors, ...clientErrors };
  const isDone = status === "DONE";

  function submit(e: FormEvent) {
    e.preventDefault();
    if (create.isPending) return;
    const at = fromLocalInput(when);
    const parsed = createDrTestInput.safeParse({
      type,
      status,
      ...(isDone ? { performedAt: at } : { plannedFor: at }),
      measuredRtoHours: isDone ? measuredHours(rto) : null,
      measuredRpoHours: isDone ? measuredHours(rpo) : null,
      findings,
      followUps: followUps.filter((f) => f.trim()),
    });
    if (!parsed.success) {
      setClientErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    setClientErrors({});
    create.mutate({ input: parsed.data, idempotencyKey }, { onSuccess: onDone });
  }

  function submitOnModEnter(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  const whenError = errors.performedAt ?? errors.plannedFor;
  return (
    <section aria-labelledby="record-heading" className="rounded-lg border border-accent/30 bg-surface p-3">
      <h2 id="record-heading" className="mb-2 text-sm font-semibold">
        Record a DR test
      </h2>
      <form
        onSubmit={submit}
        onKeyDown={submitOnModEnter}
        noValidate
        aria-label="Record a DR test"
        className="space-y-4"
      >
        {create.error && !Object.keys(serverErrors).length ? (
          <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            {create.error.message}
          </p>
        ) : null}
        <ChoiceGroup
          name="dr-type"
          legend="Test"
          value={type}
          onChange={setType}
          error={errors.type}
          choices={DR_TEST_TYPES.map((t) => ({ value: t, label: DR_TEST_LABELS[t] }))}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <ChoiceGroup
            name="dr-status"
            legend="Status"
            value={status}
            onChange={(s) => {
              setStatus(s);
              setClientErrors({});
            }}
            choices={[
              { value: "DONE", label: "Done", hint: "It was run" },
              { value: "PLANNED", label: "Planned", hint: "It will be run" },
            ]}
          />
          <Field
            label={isDone ? "Performed at (your time)" : "Planned for (your time)"}
            error={whenError}
            hint={isDone ? "Leave empty for now." : "When it is scheduled."}
          >
            {(id, d) => (
              <Input
                id={id}
                type="datetime-local"
                aria-describedby={d}
                aria-invalid={!!whenError}
                value={when}
                onChange={(e) => setWhen(e.target.value)}
                className="font-mono"
              />
            )}
          </Field>
        </div>
        {isDone ? (
          <MeasuredFields
            rto={rto}
            rpo={rpo}
            targetRto={fn.rtoHours}
            targetRpo={fn.rpoHours}
            isRtoOptional={type === "PLAN_REVIEW"}
            onChange={(p) => {
              if (p.rto !== undefined) setRto(p.rto);
              if (p.rpo !== undefined) setRpo(p.rpo);
            }}
            errors={errors}
          />
        ) : null}
        {isDone ? (
          <>
            <Field label="Findings" error={errors.findings} hint="What worked, what did not, and why.">
              {(id, d) => (
                <Textarea
                  id={id}
                  aria-describedby={d}
                  value={findings}
                  onChange={(e) => setFindings(e.target.value)}
                  className="min-h-16"
                />
              )}
            </Field>
            <StringListField
              legend="Follow-ups"
              itemLabel="Follow-up"
              placeholder="e.g. Automate the restore of the search index"
              value={followUps}
              onChange={setFollowUps}
              error={errors.followUps}
            />
          </>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={create.isPending || !isClient}>
            {create.isPending ? <Spinner label="Saving" /> : null}
            {isDone ? "Record test" : "Plan test"}
          </Button>
          <Button onClick={onDone}>Cancel</Button>
          <span className="hidden text-xs text-muted sm:inline">
            <Kbd>Ctrl</Kbd> / <Kbd>⌘</Kbd> + <Kbd>Enter</Kbd> to save
          </span>
        </div>
      </form>
    </section>
  );
}
