"use client";
// Raising or editing a change: the form on the left, the live risk / route / window panel beside it.
// Validated with the API's own schema; server field errors land next to their fields.
import type { ReactNode } from "react";
import {
  CATEGORY_HINTS,
  CATEGORY_LABELS,
  ENVIRONMENT_LABELS,
} from "@/app/(portal)/changes/_components/change-labels";
import { toChangeInput, type ChangeFormValues } from "@/app/(portal)/changes/_components/change-form-values";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { RiskPreview } from "@/app/(portal)/changes/_components/risk-preview";
import { RiskQuestions } from "@/app/(portal)/changes/_components/risk-questions";
import { ServicePicker } from "@/components/ui/service-picker";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { OptionSelect } from "@/components/ui/option-select";
import { errorAt } from "@/components/ui/form-state";
import { TextAreaField, TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { createChangeInput, type CreateChangeInput } from "@/lib/changes/schemas";
import { CHANGE_CATEGORIES, ENVIRONMENTS } from "@/lib/changes/types";
import { useUsers } from "@/lib/client/incidents";

type Props = {
  initial: ChangeFormValues;
  services: { slug: string; name: string }[];
  isServiceListTruncated: boolean;
  cabQuorum: number;
  submitLabel: string;
  isPending: boolean;
  serverErrors: Record<string, string>;
  alert?: ReactNode;
  onSave: (input: CreateChangeInput) => void;
  cancel: ReactNode;
};

export function ChangeForm({
  initial,
  services,
  isServiceListTruncated,
  cabQuorum,
  submitLabel,
  isPending,
  serverErrors,
  alert,
  onSave,
  cancel,
}: Props) {
  const users = useUsers();
  const form = useForm({
    initial,
    schema: createChangeInput,
    toInput: toChangeInput,
    onSubmit: onSave,
    isPending,
  });
  const { values, set } = form;
  const errors = { ...serverErrors, ...form.errors };
  const err = (field: string) => errorAt(errors, field);

  const text = (
    field: "title" | "description" | "implementationPlan" | "rollbackPlan" | "verificationPlan",
    label: string,
    hint: string,
    multiline = true,
  ) => {
    // The server's errors come in through props too (the pages map them), so the error is `err`'s.
    const common = { label, hint, ...textProps(form, field), error: err(field) };
    return multiline ? (
      <TextAreaField {...common} className="min-h-20" />
    ) : (
      <TextField {...common} maxLength={200} autoFocus />
    );
  };

  return (
    // Sized by its container, not the viewport: the same form sits in a full page and in the change page's column.
    <div className="@container">
      <div className="flex flex-col gap-4 @4xl:grid @4xl:grid-cols-[minmax(0,1fr)_22rem] @4xl:items-start @6xl:grid-cols-[minmax(0,1fr)_26rem]">
        <form {...form.formProps} aria-label={submitLabel} className="min-w-0 space-y-4">
          {alert}
          {text("title", "Title", "What changes, in a few words.", false)}
          {text("description", "Description", "Why, what it touches, what users will notice.")}
          <ChoiceGroup
            name="category"
            legend="Category"
            value={values.category}
            onChange={(c) => set("category", c)}
            error={err("category")}
            choices={CHANGE_CATEGORIES.map((c) => ({
              value: c,
              label: CATEGORY_LABELS[c],
              hint: CATEGORY_HINTS[c],
            }))}
          />
          <ChoiceGroup
            name="environment"
            legend="Environment"
            value={values.environment}
            onChange={(v) => set("environment", v)}
            error={err("environment")}
            choices={ENVIRONMENTS.map((v) => ({ value: v, label: ENVIRONMENT_LABELS[v] }))}
          />
          <ServicePicker
            legend="Services"
            isRequired
            emptyText="The service catalog is empty: add the service first."
            testId="service-checklist"
            services={services}
            value={values.services}
            onChange={(s) => set("services", s)}
            error={err("services")}
            isTruncated={isServiceListTruncated}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            {(["plannedStart", "plannedEnd"] as const).map((field) => (
              <DateTimeInput
                key={field}
                label={field === "plannedStart" ? "Planned start" : "Planned end"}
                zone="utc"
                value={values[field]}
                onChange={(v) => set(field, v)}
                error={err(field)}
              />
            ))}
          </div>
          <Field
            label="Implementer"
            error={err("implementerId")}
            hint={
              users.isError
                ? "Could not load people; leave it for now."
                : "Optional. The implementer cannot vote on the change."
            }
          >
            {(id, d) => (
              <OptionSelect
                id={id}
                aria-describedby={d}
                options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                empty={{ value: "", label: users.isPending ? "Loading people…" : "Not named yet" }}
                value={values.implementerId}
                onValue={(v) => set("implementerId", v)}
                disabled={users.isPending || users.isError}
              />
            )}
          </Field>
          {text("implementationPlan", "Implementation plan", "The steps, in order, and who runs them.")}
          {text("rollbackPlan", "Rollback plan", "How to undo it, and how long that takes.")}
          {text("verificationPlan", "Verification plan", "How you will know it worked.")}
          <RiskQuestions
            answers={values.riskAnswers}
            onAnswer={(q, a) => set("riskAnswers", { ...values.riskAnswers, [q]: a })}
            errorFor={(q) => err(`riskAnswers.${q}`)}
          />
          <FormActions submitLabel={submitLabel} isPending={isPending}>
            {cancel}
          </FormActions>
        </form>
        <RiskPreview
          values={values}
          cabQuorum={cabQuorum}
          onPickWindow={(plannedStart, plannedEnd) =>
            form.setValues((v) => ({ ...v, plannedStart, plannedEnd }))
          }
        />
      </div>
    </div>
  );
}
