"use client";
// Adding or editing a business function, validated with the API's own schema; dependencies are checked
// against the RTO as it is typed. Ctrl/⌘+Enter saves from anywhere in the form.
import { CRITICALITY_LABELS } from "@/app/(portal)/vendors/_components/vendor-labels";
import { DependencyPicker } from "@/app/(portal)/continuity/_components/dependency-picker";
import {
  formMessage,
  hoursOrNull,
  toFunctionInput,
  type FunctionFormValues,
} from "@/app/(portal)/continuity/_components/function-form-values";
import { PersonnelRows } from "@/app/(portal)/continuity/_components/personnel-rows";
import { StringListField } from "@/app/(portal)/continuity/_components/string-list-field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import type { RecordFormWiring } from "@/components/ui/record-form";
import { TextAreaField, TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import { createFunctionInput, type CreateFunctionInput } from "@/lib/continuity/schemas";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";

type Props = RecordFormWiring<CreateFunctionInput> & {
  initial: FunctionFormValues;
  /** Editing: the function itself, which it cannot depend on. */
  selfId?: string;
  submitLabel: string;
};

export function FunctionForm({
  initial,
  selfId,
  submitLabel,
  isPending,
  serverError,
  onSave,
  cancel,
}: Props) {
  const isClient = useIsClient();
  const form = useForm({
    initial,
    schema: createFunctionInput,
    toInput: toFunctionInput,
    onSubmit: onSave,
    serverError,
    isPending,
    messageOf: formMessage,
  });
  const { values, patch: set, errorOf: err } = form;

  const hoursField = (field: "rtoHours" | "rpoHours", label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      {...textProps(form, field)}
      inputMode="decimal"
      className="font-mono"
    />
  );

  return (
    <form {...form.formProps} aria-label={submitLabel} className="max-w-4xl space-y-4">
      <FormAlert error={serverError} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <TextField
          label="Name"
          hint="The business function, e.g. Payroll, Case intake."
          {...textProps(form, "name")}
          autoFocus
        />
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
      <TextAreaField label="Description" {...textProps(form, "description")} className="min-h-16" />
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
      <FormActions submitLabel={submitLabel} isPending={isPending} isDisabled={!isClient}>
        {cancel}
      </FormActions>
    </form>
  );
}
