"use client";
// Creating or editing an escalation policy, validated with the API's own schema; the server's field
// errors land beside the targets they name, and the timeline beside the form follows every change.
// Ctrl/⌘+Enter saves from anywhere in the form.
import {
  policyMessage,
  timedSteps,
  toPolicyInput,
  type PolicyFormValues,
} from "@/app/(portal)/escalation-policies/_components/policy-form-values";
import { namesOf } from "@/app/(portal)/escalation-policies/_components/policy-words";
import { PolicyTimeline } from "@/app/(portal)/escalation-policies/_components/policy-timeline";
import { ScopeTakenAlert } from "@/app/(portal)/escalation-policies/_components/scope-taken-alert";
import { StepEditor } from "@/app/(portal)/escalation-policies/_components/step-editor";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { OptionSelect } from "@/components/ui/option-select";
import type { RecordFormWiring } from "@/components/ui/record-form";
import { ServiceSelect } from "@/components/ui/service-select";
import { TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import { useTargetDirectory, type TargetDirectory } from "@/lib/client/escalation";
import { useServices } from "@/lib/client/services";
import { createPolicyInput, type CreatePolicyInput } from "@/lib/escalation/api-schemas";
import { MAX_REPEAT } from "@/lib/escalation/schemas";
import { SERVICE_TIERS, TIER_LABELS } from "@/lib/services/service-tier";

type Props = RecordFormWiring<CreatePolicyInput> & {
  initial: PolicyFormValues;
  submitLabel: string;
  directory?: TargetDirectory;
  /** The policy being edited: a 409 about its own scope is not "taken by another". */
  policyId?: string;
};

const REPEATS = Array.from({ length: MAX_REPEAT + 1 }, (_, n) => ({
  value: String(n),
  label: n === 0 ? "No repeats" : n === 1 ? "Once more" : `${n} more times`,
}));

export function PolicyForm({
  initial,
  submitLabel,
  isPending,
  serverError,
  onSave,
  cancel,
  ...props
}: Props) {
  const isClient = useIsClient();
  const catalog = useServices({});
  const targets = useTargetDirectory(props.directory);
  const form = useForm({
    initial,
    schema: createPolicyInput,
    toInput: toPolicyInput,
    onSubmit: onSave,
    serverError,
    isPending,
    messageOf: policyMessage,
  });
  const { values, set, errorOf: err } = form;
  const names = namesOf(targets.directory);
  const repeat = Number(values.repeat) || 0;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <form {...form.formProps} aria-label={submitLabel} className="min-w-0 space-y-4">
        <FormAlert error={serverError} />
        <ScopeTakenAlert
          error={serverError}
          scope={values.scopeKind === "tier" ? { tier: values.tier } : { serviceSlug: values.serviceSlug }}
          policyId={props.policyId}
        />
        {targets.error ? (
          <p role="alert" className="rounded-md bg-warning/10 px-3 py-2 text-sm">
            The schedules or people could not be loaded ({targets.error.message}); reload the page to choose
            targets.
          </p>
        ) : null}
        <TextField
          label="Name"
          hint="What the policy is for, e.g. “Payments API out of hours”."
          {...textProps(form, "name")}
          maxLength={120}
          autoFocus
        />
        <ChoiceGroup
          name="scopeKind"
          legend="Applies to"
          value={values.scopeKind}
          onChange={(k) => set("scopeKind", k)}
          choices={[
            { value: "service", label: "One service", hint: "Its own policy, before any tier default." },
            { value: "tier", label: "A tier's default", hint: "Every service of the tier without its own." },
          ]}
        />
        {values.scopeKind === "service" ? (
          <ServiceSelect
            label="Service"
            services={catalog.data?.items ?? []}
            status={catalog.isPending ? "pending" : catalog.isError ? "error" : undefined}
            value={values.serviceSlug}
            onChange={(slug) => set("serviceSlug", slug)}
            error={err("scope")}
            hint="One policy per service."
            emptyText="The service catalog is empty: add a service first, or make a tier's default."
          />
        ) : (
          <ChoiceGroup
            name="tier"
            legend="Tier"
            isGrid
            value={values.tier}
            onChange={(t) => set("tier", t)}
            error={err("scope")}
            choices={SERVICE_TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }))}
            footer="One default per tier."
          />
        )}
        <StepEditor
          steps={values.steps}
          onChange={(steps) => set("steps", steps)}
          repeat={repeat}
          directory={targets.directory}
          isDirectoryPending={targets.isPending}
          errors={form.errors}
          errorOf={err}
        />
        <div className="max-w-xs">
          <Field
            label="Repeat while nobody acknowledges"
            error={err("repeat")}
            hint="How many more times the whole policy runs."
          >
            {(id, d) => (
              <OptionSelect
                id={id}
                aria-describedby={d}
                options={REPEATS}
                value={values.repeat}
                onValue={(v) => set("repeat", v)}
              />
            )}
          </Field>
        </div>
        <FormActions submitLabel={submitLabel} isPending={isPending} isDisabled={!isClient}>
          {cancel}
        </FormActions>
      </form>
      <PolicyTimeline policy={timedSteps(values)} names={names} className="lg:sticky lg:top-4" />
    </div>
  );
}
