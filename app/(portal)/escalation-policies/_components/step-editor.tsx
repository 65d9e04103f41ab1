"use client";
// A policy's steps, edited in order: each step's targets (a schedule's on-call person, a named person,
// everyone with a role) and its wait, with buttons to add, remove and move steps. Errors from the
// client's check and the server's 422 (steps.0.targets.1.userId) land on the row they name.
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import {
  moveItem,
  NEW_STEP,
  type StepRow,
  type TargetKind,
  type TargetRow,
} from "@/app/(portal)/escalation-policies/_components/policy-form-values";
import { ROLE_GROUPS } from "@/app/(portal)/escalation-policies/_components/policy-words";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { OptionSelect } from "@/components/ui/option-select";
import { TextField } from "@/components/ui/text-field";
import { ROLES } from "@/lib/auth/permissions";
import type { TargetDirectory } from "@/lib/client/escalation";
import { MAX_STEPS, MAX_TARGETS_PER_STEP } from "@/lib/escalation/schemas";

type Props = {
  steps: StepRow[];
  onChange: (steps: StepRow[]) => void;
  repeat: number;
  directory: TargetDirectory;
  isDirectoryPending: boolean;
  /** Errors by exact dotted path (a step's own error must not pick up its targets'). */
  errors: Record<string, string>;
  errorOf: (path: string) => string | undefined;
};

const KIND_LABELS: Record<TargetKind, string> = {
  schedule: "Schedule on call",
  user: "Person",
  role: "Role",
};
const KINDS = (Object.keys(KIND_LABELS) as TargetKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }));

const replace = <T,>(list: readonly T[], index: number, item: T) =>
  list.map((x, i) => (i === index ? item : x));

export function StepEditor({
  steps,
  onChange,
  repeat,
  directory,
  isDirectoryPending,
  errors,
  errorOf,
}: Props) {
  const setStep = (i: number, step: StepRow) => onChange(replace(steps, i, step));
  return (
    <fieldset className="min-w-0 space-y-2" data-testid="policy-steps">
      <legend className="mb-1 text-sm font-medium">
        Steps <span className="font-normal text-muted">(in order: step 1 pages when the incident opens)</span>
      </legend>
      <FieldError error={errors.steps} />
      <ol className="space-y-2">
        {steps.map((step, i) => {
          const n = i + 1;
          const isLast = i === steps.length - 1;
          return (
            <li
              key={i}
              aria-label={`Step ${n}`}
              data-testid="policy-step"
              className="space-y-2 rounded-md border border-border p-2"
            >
              <div className="flex flex-wrap items-center gap-1">
                <p className="mr-auto text-sm font-semibold">Step {n}</p>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move step ${n} up`}
                  disabled={i === 0}
                  onClick={() => onChange(moveItem(steps, i, i - 1))}
                >
                  <ArrowUp aria-hidden className="size-3.5" />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move step ${n} down`}
                  disabled={isLast}
                  onClick={() => onChange(moveItem(steps, i, i + 1))}
                >
                  <ArrowDown aria-hidden className="size-3.5" />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove step ${n}`}
                  disabled={steps.length === 1}
                  onClick={() => onChange(steps.filter((_, k) => k !== i))}
                >
                  <Trash2 aria-hidden className="size-3.5" /> Remove
                </Button>
              </div>
              {step.targets.length === 0 ? (
                <p className="text-sm text-muted">Nobody yet: add a schedule, a person or a role.</p>
              ) : null}
              <ul className="space-y-1">
                {step.targets.map((target, j) => (
                  <TargetRowEditor
                    key={j}
                    name={`Step ${n}, target ${j + 1}`}
                    value={target}
                    directory={directory}
                    isDirectoryPending={isDirectoryPending}
                    error={errorOf(`steps.${i}.targets.${j}`)}
                    onChange={(t) => setStep(i, { ...step, targets: replace(step.targets, j, t) })}
                    onRemove={() => setStep(i, { ...step, targets: step.targets.filter((_, k) => k !== j) })}
                  />
                ))}
              </ul>
              <FieldError error={errors[`steps.${i}.targets`]} />
              <Button
                size="sm"
                disabled={step.targets.length >= MAX_TARGETS_PER_STEP}
                onClick={() =>
                  setStep(i, { ...step, targets: [...step.targets, { kind: "schedule", value: "" }] })
                }
              >
                <Plus aria-hidden className="size-3" /> Add target to step {n}
              </Button>
              <div className="max-w-xs">
                <TextField
                  label={`Step ${n}: wait (minutes)`}
                  hint={
                    !isLast
                      ? `Without an acknowledgement, step ${n + 1} pages after this wait.`
                      : repeat > 0
                        ? "Without an acknowledgement, the policy starts again after this wait."
                        : "After this wait the policy has run its course."
                  }
                  value={step.waitMinutes}
                  onValue={(waitMinutes) => setStep(i, { ...step, waitMinutes })}
                  error={errorOf(`steps.${i}.waitMinutes`)}
                  inputMode="numeric"
                  className="font-mono"
                />
              </div>
            </li>
          );
        })}
      </ol>
      <Button size="sm" disabled={steps.length >= MAX_STEPS} onClick={() => onChange([...steps, NEW_STEP])}>
        <Plus aria-hidden className="size-3" /> Add step
      </Button>
    </fieldset>
  );
}

function TargetRowEditor({
  name,
  value,
  directory,
  isDirectoryPending,
  error,
  onChange,
  onRemove,
}: {
  name: string;
  value: TargetRow;
  directory: TargetDirectory;
  isDirectoryPending: boolean;
  error?: string;
  onChange: (t: TargetRow) => void;
  onRemove: () => void;
}) {
  const choices =
    value.kind === "role"
      ? ROLES.map((r) => ({ value: r, label: ROLE_GROUPS[r] }))
      : (value.kind === "schedule" ? directory.schedules : directory.people).map((x) => ({
          value: x.id,
          label: x.name,
        }));
  // A stored target the directory no longer lists (a deleted schedule) stays visible as such.
  const options =
    value.value && !choices.some((c) => c.value === value.value)
      ? [
          ...choices,
          {
            value: value.value,
            label: value.kind === "user" ? "A person no longer active" : "A schedule that no longer exists",
          },
        ]
      : choices;
  const pick = value.kind === "schedule" ? "schedule" : value.kind === "user" ? "person" : "role";
  return (
    <li className="space-y-0.5">
      <div className="flex flex-wrap items-center gap-1">
        <OptionSelect
          aria-label={`${name}: kind`}
          options={KINDS}
          value={value.kind}
          onValue={(kind) => onChange({ kind, value: "" })}
          className="w-auto"
        />
        <OptionSelect
          aria-label={`${name}: ${pick}`}
          aria-invalid={!!error}
          options={options}
          empty={{
            value: "",
            label:
              value.kind === "role"
                ? "Choose a role"
                : isDirectoryPending
                  ? "Loading…"
                  : choices.length === 0
                    ? value.kind === "schedule"
                      ? "No on-call schedules yet"
                      : "No active people"
                    : `Choose a ${pick}`,
          }}
          value={value.value}
          onValue={(v) => onChange({ ...value, value: v })}
          className="min-w-0 flex-1 basis-48"
        />
        <Button size="sm" variant="ghost" aria-label={`Remove ${name.toLowerCase()}`} onClick={onRemove}>
          <Trash2 aria-hidden className="size-3.5" />
        </Button>
      </div>
      <FieldError error={error} />
    </li>
  );
}
