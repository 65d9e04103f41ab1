"use client";
// Recording the result of a planned DR test, sending the version the list read (a 409 if someone
// recorded it first).
import { useState, type FormEvent } from "react";
import { StringListField } from "@/app/(portal)/continuity/_components/string-list-field";
import { issuesToErrors } from "@/app/(portal)/continuity/_components/function-form-values";
import { fromLocalInput, measuredHours } from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { MeasuredFields } from "@/app/(portal)/continuity/[id]/_components/measured-fields";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { ApiError, fieldErrorMap } from "@/lib/client/api-client";
import { useCompleteDrTest } from "@/lib/client/continuity";
import { completeDrTestInput, type DrTestResponse } from "@/lib/continuity/schemas";

export function CompleteTestForm({ test, onDone }: { test: DrTestResponse; onDone: () => void }) {
  const complete = useCompleteDrTest();
  const [when, setWhen] = useState("");
  const [rto, setRto] = useState("");
  const [rpo, setRpo] = useState("");
  const [findings, setFindings] = useState("");
  const [followUps, setFollowUps] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorMap(complete.error);
  const errors = { ...serverErrors, ...clientErrors };
  const isConflict = complete.error instanceof ApiError && complete.error.isConflict;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (complete.isPending) return;
    const parsed = completeDrTestInput.safeParse({
      version: test.version,
      performedAt: fromLocalInput(when),
      measuredRtoHours: measuredHours(rto),
      measuredRpoHours: measuredHours(rpo),
      findings,
      followUps: followUps.filter((f) => f.trim()),
    });
    if (!parsed.success) {
      setClientErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    if (test.type !== "PLAN_REVIEW" && parsed.data.measuredRtoHours === null) {
      setClientErrors({ measuredRtoHours: "A test that was run records the recovery time it measured" });
      return;
    }
    setClientErrors({});
    complete.mutate({ id: test.id, ...parsed.data }, { onSuccess: onDone });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Record the result"
      className="mt-2 space-y-3 rounded-md border border-accent/30 p-2.5"
    >
      {complete.error && !Object.keys(serverErrors).length ? (
        <p
          role="alert"
          className={
            isConflict
              ? "rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
              : "rounded-md bg-danger/10 px-3 py-2 text-sm text-danger"
          }
        >
          {isConflict
            ? "Someone recorded this test first; the list now shows their result."
            : complete.error.message}
        </p>
      ) : null}
      <Field label="Performed at (your time)" error={errors.performedAt} hint="Leave empty for now.">
        {(id, d) => (
          <Input
            id={id}
            type="datetime-local"
            aria-describedby={d}
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            className="max-w-xs font-mono"
          />
        )}
      </Field>
      <MeasuredFields
        rto={rto}
        rpo={rpo}
        targetRto={test.targetRtoHours}
        targetRpo={test.targetRpoHours}
        isRtoOptional={test.type === "PLAN_REVIEW"}
        onChange={(p) => {
          if (p.rto !== undefined) setRto(p.rto);
          if (p.rpo !== undefined) setRpo(p.rpo);
        }}
        errors={errors}
      />
      <Field label="Findings" error={errors.findings}>
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            value={findings}
            onChange={(e) => setFindings(e.target.value)}
            className="min-h-14"
          />
        )}
      </Field>
      <StringListField
        legend="Follow-ups"
        itemLabel="Follow-up"
        value={followUps}
        onChange={setFollowUps}
        error={errors.followUps}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={complete.isPending}>
          {complete.isPending ? <Spinner label="Saving" /> : null}
          Save result
        </Button>
        <Button size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
