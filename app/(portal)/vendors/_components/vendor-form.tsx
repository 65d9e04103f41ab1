"use client";
// Adding or editing a vendor, validated with the API's own schema; server field errors land next to
// their fields. Ctrl/⌘+Enter saves from anywhere in the form.
import type { ReactNode } from "react";
import { CertificationRows } from "@/app/(portal)/vendors/_components/certification-rows";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ServicePicker } from "@/components/ui/service-picker";
import { useServices } from "@/lib/client/services";
import { useIsClient } from "@/components/ui/use-is-client";
import { toVendorInput, type VendorFormValues } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { CRITICALITY_HINTS, CRITICALITY_LABELS } from "@/app/(portal)/vendors/_components/vendor-labels";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-time-input";
import { Field, Input, Textarea } from "@/components/ui/field";
import { errorAt } from "@/components/ui/form-state";
import { Kbd, Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";
import { createVendorInput, type CreateVendorInput } from "@/lib/vendors/schemas";

type Props = {
  initial: VendorFormValues;
  submitLabel: string;
  isPending: boolean;
  serverErrors: Record<string, string>;
  alert?: ReactNode;
  onSave: (input: CreateVendorInput) => void;
  cancel: ReactNode;
};

type TextField = "name" | "serviceType" | "owner" | "noticePeriodDays" | "recoveryTimeHours";

// Calendar days: sent as typed, in no time zone, and the input says so.
const DATE_FIELDS = [
  ["contractStart", "Contract start", "Optional."],
  ["contractEnd", "Contract end", "Optional."],
  ["renewalDate", "Renewal date", "Notice runs back from this (or the end)."],
] as const;

export function VendorForm({ initial, submitLabel, isPending, serverErrors, alert, onSave, cancel }: Props) {
  const isClient = useIsClient();
  const catalog = useServices({});
  const form = useForm({
    initial,
    schema: createVendorInput,
    toInput: toVendorInput,
    onSubmit: onSave,
    isPending,
    messageOf: (issue) => (issue.code === "invalid_type" ? "Enter a number" : issue.message),
  });
  const { values, set } = form;
  const errors = { ...serverErrors, ...form.errors };
  const err = (field: string) => errorAt(errors, field);

  const input = (
    field: TextField,
    label: string,
    hint: string,
    props: { className?: string; autoFocus?: boolean; inputMode?: "numeric" | "decimal" } = {},
  ) => (
    <Field label={label} error={err(field)} hint={hint}>
      {(id, d) => (
        <Input
          id={id}
          aria-describedby={d}
          aria-invalid={!!err(field)}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          {...props}
        />
      )}
    </Field>
  );

  return (
    <form {...form.formProps} aria-label={submitLabel} className="max-w-3xl space-y-4">
      {alert}
      <div className="grid gap-3 sm:grid-cols-2">
        {input("name", "Name", "The company, as on the contract.", { autoFocus: true })}
        {input("serviceType", "Service type", "What they provide, e.g. cloud hosting, payroll.")}
        {input("owner", "Owner", "Who owns the relationship.")}
        {input(
          "recoveryTimeHours",
          "Recovery time (hours)",
          "Contractual recovery time; compared with the RTO of functions that depend on them.",
          { inputMode: "decimal", className: "font-mono" },
        )}
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
        {input("noticePeriodDays", "Notice period (days)", "Days of notice before renewal.", {
          inputMode: "numeric",
          className: "font-mono",
        })}
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
      <Field label="Notes" error={err("notes")}>
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            value={values.notes}
            onChange={(e) => set("notes", e.target.value)}
            className="min-h-16"
          />
        )}
      </Field>
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
