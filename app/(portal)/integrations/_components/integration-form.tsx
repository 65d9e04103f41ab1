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
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, Input, Select } from "@/components/ui/field";
import { ServicePicker } from "@/components/ui/service-picker";
import { Kbd } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import { INTEGRATION_KINDS } from "@/lib/alerts/schemas";
import { useServices } from "@/lib/client/services";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

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
    <Field label={label} error={err(field)} hint={hint}>
      {(id, d) => (
        <Input
          id={id}
          aria-describedby={d}
          aria-invalid={!!err(field)}
          inputMode="numeric"
          className="font-mono"
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form {...form.formProps} aria-label={props.submitLabel} className="max-w-3xl space-y-4">
      {form.formError || form.isConflict ? <ActionError error={props.serverError} /> : null}
      <Field label="Name" error={err("name")} hint="What sends the alerts, e.g. “Production Alertmanager”.">
        {(id, d) => (
          <Input
            id={id}
            aria-describedby={d}
            aria-invalid={!!err("name")}
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            autoFocus={props.isNew}
            maxLength={100}
          />
        )}
      </Field>
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
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 accent-[var(--accent)]"
            checked={values.autoResolve}
            onChange={(e) => set("autoResolve", e.target.checked)}
          />
          <span>
            <span className="font-medium">Auto-resolve</span>
            <span className="block text-xs text-muted">
              Resolve the incident when its alerts end, unless a person has taken it over.
            </span>
          </span>
        </label>
        {props.isNew ? (
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 accent-[var(--accent)]"
              checked={values.paused}
              onChange={(e) => set("paused", e.target.checked)}
            />
            <span>
              <span className="font-medium">Paused</span>
              <span className="block text-xs text-muted">
                Record and acknowledge notifications, open nothing.
              </span>
            </span>
          </label>
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
                <Select
                  id={id}
                  aria-describedby={d}
                  value={values.heartbeatSeverity}
                  onChange={(e) => set("heartbeatSeverity", e.target.value as Severity)}
                >
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </Select>
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
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={props.isPending || !isClient}>
          {props.submitLabel}
        </Button>
        {props.cancel}
        <span className="text-xs text-muted">
          <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd> saves
        </span>
      </div>
    </form>
  );
}
