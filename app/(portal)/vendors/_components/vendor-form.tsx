"use client";
// Adding or editing a vendor, validated with the API's own schema; server field errors land next to
// their fields. Ctrl/⌘+Enter saves from anywhere in the form.
import { CertificationRows } from "@/app/(portal)/vendors/_components/certification-rows";
import { toVendorInput, type VendorFormValues } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { CRITICALITY_HINTS, CRITICALITY_LABELS } from "@/app/(portal)/vendors/_components/vendor-labels";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { DateInput } from "@/components/ui/date-time-input";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import type { RecordFormWiring } from "@/components/ui/record-form";
import { ServicePicker } from "@/components/ui/service-picker";
import { TextAreaField, TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import { useServices } from "@/lib/client/services";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";
import { createVendorInput, type CreateVendorInput } from "@/lib/vendors/schemas";

type Props = RecordFormWiring<CreateVendorInput> & { initial: VendorFormValues; submitLabel: string };

// Calendar days: sent as typed, in no time zone, and the input says so.
const DATE_FIELDS = [
  ["contractStart", "Contract start", "Optional."],
  ["contractEnd", "Contract end", "Optional."],
  ["renewalDate", "Renewal date", "Notice runs back from this (or the end)."],
] as const;

export function VendorForm({ initial, submitLabel, isPending, serverError, onSave, cancel }: Props) {
  const isClient = useIsClient();
  const catalog = useServices({});
  const form = useForm({
    initial,
    schema: createVendorInput,
    toInput: toVendorInput,
    onSubmit: onSave,
    serverError,
    isPending,
    messageOf: (issue) => (issue.code === "invalid_type" ? "Enter a number" : issue.message),
  });
  const { values, set, errorOf: err } = form;

  return (
    <form {...form.formProps} aria-label={submitLabel} className="max-w-3xl space-y-4">
      <FormAlert error={serverError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Name"
          hint="The company, as on the contract."
          {...textProps(form, "name")}
          autoFocus
        />
        <TextField
          label="Service type"
          hint="What they provide, e.g. cloud hosting, payroll."
          {...textProps(form, "serviceType")}
        />
        <TextField label="Owner" hint="Who owns the relationship." {...textProps(form, "owner")} />
        <TextField
          label="Recovery time (hours)"
          hint="Contractual recovery time; compared with the RTO of functions that depend on them."
          {...textProps(form, "recoveryTimeHours")}
          inputMode="decimal"
          className="font-mono"
        />
      </div>
      <ChoiceGroup
        name="criticality"
        legend="Criticality"
        value={values.criticality}
        onChange={(c) => set("criticality", c)}
        error={err("criticality")}
        choices={CRITICALITIES.map((c) => ({
          value: c,
          label: CRITICALITY_LABELS[c],
          hint: CRITICALITY_HINTS[c],
        }))}
      />
      <div className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {DATE_FIELDS.map(([field, label, hint]) => (
          <DateInput
            key={field}
            label={label}
            hint={hint}
            value={values[field]}
            onChange={(day) => set(field, day)}
            error={err(field)}
          />
        ))}
        <TextField
          label="Notice period (days)"
          hint="Days of notice before renewal."
          {...textProps(form, "noticePeriodDays")}
          inputMode="numeric"
          className="font-mono"
        />
      </div>
      <CertificationRows
        value={values.certifications}
        onChange={(c) => set("certifications", c)}
        error={err("certifications")}
      />
      <ServicePicker
        legend="Services it supports"
        emptyText="The service catalog is empty."
        services={catalog.data?.items ?? []}
        status={catalog.isPending ? "pending" : catalog.isError ? "error" : undefined}
        value={values.services}
        onChange={(s) => set("services", s)}
        error={err("services")}
      />
      <TextAreaField label="Notes" {...textProps(form, "notes")} className="min-h-16" />
      <FormActions submitLabel={submitLabel} isPending={isPending} isDisabled={!isClient}>
        {cancel}
      </FormActions>
    </form>
  );
}
