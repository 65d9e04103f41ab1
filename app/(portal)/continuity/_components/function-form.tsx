"use client";
// Adding or editing a business function, validated with the API's own schema; dependencies are checked
// against the RTO as it is typed. Ctrl/⌘+Enter saves from anywhere in the form.
import type { ReactNode } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { CRITICALITY_LABELS } from "@/app/(portal)/continuity/_components/continuity-labels";
import { DependencyPicker } from "@/app/(portal)/continuity/_components/dependency-picker";
import {
  formMessage,
  hoursOrNull,
  toFunctionInput,
  type FunctionFormValues,
} from "@/app/(portal)/continuity/_components/function-form-values";
import { PersonnelRows } from "@/app/(portal)/continuity/_components/personnel-rows";
import { StringListField } from "@/app/(portal)/continuity/_components/string-list-field";
import { useIsClient } from "@/components/ui/use-is-client";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { errorAt } from "@/components/ui/form-state";
import { Kbd, Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { createFunctionInput, type CreateFunctionInput } from "@/lib/continuity/schemas";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";

type Props = {
  initial: FunctionFormValues;
  selfId?: string;
  submitLabel: string;
  isPending: boolean;
  serverErrors: Record<string, string>;
  alert?: ReactNode;
  onSave: (input: CreateFunctionInput) => void;
  cancel: ReactNode;
};

export function FunctionForm({
  initial,
  selfId,
  submitLabel,
  isPending,
  serverErrors,
  alert,
  onSave,
  cancel,
}: Props) {
  const isClient = useIsClient();
  const form = useForm({
    initial,
    schema: createFunctionInput,
    toInput: toFunctionInput,
    onSubmit: onSave,
    isPending,
    messageOf: formMessage,
  });
  const { values, patch: set } = form;
  const errors = { ...serverErrors, ...form.errors };
  const err = (field: string) => errorAt(errors, field);

  const hoursField = (field: "rtoHours" | "rpoHours", label: string, hint: string) => (
    <Field label={label} error={err(field)} hint={hint}>
      {(id, d) => (
        <Input
          id={id}
          aria-describedby={d}
          aria-invalid={!!err(field)}
          inputMode="decimal"
          value={values[field]}
          onChange={(e) => set({ [field]: e.target.value })}
          className="font-mono"
        />
      )}
    </Field>
  );

  return (
    <form {...form.formProps} aria-label={submitLabel} className="max-w-4xl space-y-4">
      {alert}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <Field label="Name" error={err("name")} hint="The business function, e.g. Payroll, Case intake.">
          {(id, d) => (
            <Input
              id={id}
              aria-describedby={d}
              aria-invalid={!!err("name")}
              value={values.name}
              onChange={(e) => set({ name: e.target.value })}
              autoFocus
            />
          )}
        </Field>
        {hoursField("rtoHours", "RTO (hours)", "Longest it may be down.")}
        {hoursField("rpoHours", "RPO (hours)", "Most data it may lose.")}
      </div>
      <ChoiceGroup
        name="criticality"
        legend="Criticality"
        value={values.criticality}
        onChange={(c) => set({ criticality: c })}
        error={err("criticality")}
        choices={CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] }))}
      />
      <Field label="Description" error={err("description")}>
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
            className="min-h-16"
          />
        )}
      </Field>
      <DependencyPicker
        value={values}
        onChange={({ dependsOnServices, dependsOnVendorIds, dependsOnFunctionIds }) =>
          set({ dependsOnServices, dependsOnVendorIds, dependsOnFunctionIds })
        }
        rtoHours={hoursOrNull(values.rtoHours)}
        selfId={selfId}
        error={err("dependsOnServices") ?? err("dependsOnVendorIds") ?? err("dependsOnFunctionIds")}
      />
      <StringListField
        legend="Alternative processes"
        itemLabel="Process"
        hint="How the work gets done while the systems are down."
        placeholder="e.g. Paper intake forms, keyed in after recovery"
        value={values.alternativeProcesses}
        onChange={(alternativeProcesses) => set({ alternativeProcesses })}
        error={err("alternativeProcesses")}
      />
      <PersonnelRows
        value={values.keyPersonnel}
        onChange={(keyPersonnel) => set({ keyPersonnel })}
        error={err("keyPersonnel")}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={isPending || !isClient}>
          {isPending ? <Spinner label="Saving" /> : null}
          {submitLabel}
        </Button>
        {cancel}
        <span className="hidden text-xs text-muted sm:inline">
          <Kbd>Ctrl</Kbd> / <Kbd>⌘</Kbd> + <Kbd>Enter</Kbd> to save
        </span>
      </div>
    </form>
  );
}
