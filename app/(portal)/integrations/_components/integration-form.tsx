"use client";
// Creating or editing an integration, validated with the API's own schema (create or update); server
// field errors land next to their fields. Ctrl/⌘+Enter saves from anywhere in the form.
import type { ReactNode } from "react";
import type { z } from "zod";
import type { IntegrationFormValues } from "@/app/(portal)/integrations/_components/integration-form-values";
import { KIND_HINTS, KIND_LABELS } from "@/app/(portal)/integrations/_components/integration-labels";
import {
  RoutingRulesEditor,
  SeverityMapEditor,
} from "@/app/(portal)/integrations/_components/routing-rules-editor";
import { ActionError } from "@/components/ui/action-error";
import { Checkbox } from "@/components/ui/checkbox";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { OptionSelect } from "@/components/ui/option-select";
import { ServicePicker } from "@/components/ui/service-picker";
import { TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import { INTEGRATION_KINDS } from "@/lib/alerts/schemas";
import { useServices } from "@/lib/client/services";
import { SEVERITIES } from "@/lib/incidents/sla";

type Props<S extends z.ZodType> = {
  initial: IntegrationFormValues;
  /** Create: the kind is chosen here; edit: it is fixed. */
  isNew: boolean;
  schema: S;
  toInput: (values: IntegrationFormValues) => unknown;
  onSave: (input: z.output<S>) => void;
  submitLabel: string;
  isPending: boolean;
  serverError: Error | null;
  cancel?: ReactNode;
};

export function IntegrationForm<S extends z.ZodType>(props: Props<S>) {
  // The submit stays disabled until hydrated, so an early click cannot fall through to an HTML submit.
  const isClient = useIsClient();
  const catalog = useServices({});
  const services = catalog.data?.items ?? [];
  const form = useForm({
    initial: props.initial,
    schema: props.schema,
    toInput: props.toInput,
    onSubmit: props.onSave,
    serverError: props.serverError,
    isPending: props.isPending,
    messageOf: (issue) => (issue.code === "invalid_type" ? "Enter a whole number" : issue.message),
  });
  const { values, set } = form;
  const err = form.errorOf;

  const number = (field: "reopenWindowMinutes" | "heartbeatMinutes", label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      value={values[field]}
      onValue={(v) => set(field, v)}
      error={err(field)}
      inputMode="numeric"
      className="font-mono"
    />
  );

  return (
    <form {...form.formProps} aria-label={props.submitLabel} className="max-w-3xl space-y-4">
      {form.formError || form.isConflict ? <ActionError error={props.serverError} /> : null}
      <TextField
        label="Name"
        hint="What sends the alerts, e.g. “Production Alertmanager”."
        {...textProps(form, "name")}
        autoFocus={props.isNew}
        maxLength={100}
      />
      {props.isNew ? (
        <ChoiceGroup
          name="kind"
          legend="Kind"
          value={values.kind}
          onChange={(k) => set("kind", k)}
          error={err("kind")}
          choices={INTEGRATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k], hint: KIND_HINTS[k] }))}
        />
      ) : null}
      <ServicePicker
        legend="Default services"
        emptyText="The service catalog is empty."
        services={services}
        status={catalog.isPending ? "pending" : catalog.isError ? "error" : undefined}
        value={values.services}
        onChange={(s) => set("services", s)}
        error={err("services")}
        testId="integration-services"
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Checkbox
          label="Auto-resolve"
          hint="Resolve the incident when its alerts end, unless a person has taken it over."
          checked={values.autoResolve}
          onChecked={(v) => set("autoResolve", v)}
        />
        {props.isNew ? (
          <Checkbox
            label="Paused"
            hint="Record and acknowledge notifications, open nothing."
            checked={values.paused}
            onChecked={(v) => set("paused", v)}
          />
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {number(
          "reopenWindowMinutes",
          "Reopen window (minutes)",
          "A group that fires again this soon after resolving reopens its incident.",
        )}
        {values.kind === "HEARTBEAT" ? (
          <>
            {number("heartbeatMinutes", "Heartbeat every (minutes)", "A missed ping opens an incident.")}
            <Field label="Missed heartbeat severity" error={err("heartbeatSeverity")}>
              {(id, d) => (
                <OptionSelect
                  id={id}
                  aria-describedby={d}
                  options={SEVERITIES}
                  value={values.heartbeatSeverity}
                  onValue={(v) => set("heartbeatSeverity", v)}
                />
              )}
            </Field>
          </>
        ) : null}
      </div>
      {values.kind !== "HEARTBEAT" ? (
        <>
          <RoutingRulesEditor
            value={values.rules}
            onChange={(rules) => set("rules", rules)}
            services={services}
            errorOf={err}
          />
          <SeverityMapEditor
            value={values.severityMap}
            onChange={(rows) => set("severityMap", rows)}
            error={err("severityMap")}
          />
        </>
      ) : null}
      <FormActions submitLabel={props.submitLabel} isPending={props.isPending} isDisabled={!isClient}>
        {props.cancel}
      </FormActions>
    </form>
  );
}
