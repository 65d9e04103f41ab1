"use client";
// Reporting has to take seconds: title, what is happening, how bad. Validated with the API's own schema.
import { SEVERITY_OPTIONS, severitySla } from "@/app/(portal)/incidents/_components/severity-options";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { NewRecordForm, type RecordFormWiring } from "@/components/ui/record-form";
import { ServicePicker } from "@/components/ui/service-picker";
import { TextAreaField, TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useCreateIncident } from "@/lib/client/incidents";
import { createIncidentInput, type CreateIncidentInput } from "@/lib/incidents/schemas";
import type { Severity } from "@/lib/incidents/sla";

type Impact = CreateIncidentInput["impact"];
type Values = {
  title: string;
  description: string;
  severity: Severity | "";
  affectedServices: string[];
  impact: Impact;
};

const IMPACT_OPTIONS = [
  { value: "OUTAGE", label: "Outage", hint: "Users cannot work" },
  { value: "DEGRADED", label: "Degraded", hint: "Slow or partly broken" },
  { value: "NONE", label: "No user impact", hint: "Not yet visible" },
] as const;

const INITIAL: Values = {
  title: "",
  description: "",
  severity: "",
  affectedServices: [],
  impact: "DEGRADED",
};

type Props = { services: { slug: string; name: string }[]; isServiceListTruncated: boolean };

/** One key per form visit (a double submit or a retry reports the incident once), then its page. */
export function ReportIncidentForm(props: Props) {
  return (
    <NewRecordForm create={useCreateIncident()} hrefOf={(i) => `/incidents/${i.key}`} cancelHref="/incidents">
      {(wiring) => <ReportFields {...props} {...wiring} />}
    </NewRecordForm>
  );
}

function ReportFields({
  services,
  isServiceListTruncated,
  isPending,
  serverError,
  onSave,
  cancel,
}: Props & RecordFormWiring<CreateIncidentInput>) {
  const form = useForm({
    initial: INITIAL,
    schema: createIncidentInput,
    toInput: (v) => ({ ...v, severity: v.severity || undefined }),
    onSubmit: onSave,
    serverError,
    isPending,
    // Severity only fails when none is picked.
    messageOf: (issue) => (issue.path[0] === "severity" ? "Choose a severity" : issue.message),
  });
  // "affectedServices.2" shows under "affectedServices": each error under its field; the first one wins.
  const { values, set, errorOf: err } = form;

  return (
    <form {...form.formProps} aria-label="Report an incident" className="max-w-3xl space-y-4">
      <FormAlert error={serverError} />
      <TextField
        label="Title"
        hint="What is broken, in a few words."
        {...textProps(form, "title")}
        autoFocus
        maxLength={200}
        placeholder="Checkout returns 502 for all users"
      />
      <ChoiceGroup
        name="severity"
        legend="Severity"
        isGrid
        choices={SEVERITY_OPTIONS}
        value={values.severity}
        onChange={(s) => set("severity", s)}
        error={err("severity")}
        footer={severitySla(values.severity)}
      />
      <TextAreaField
        label="Description"
        hint="What you see, since when, who is affected, what you tried."
        {...textProps(form, "description")}
        className="min-h-28"
      />
      <ChoiceGroup
        name="impact"
        legend="Impact"
        isGrid
        choices={IMPACT_OPTIONS}
        value={values.impact}
        onChange={(v) => set("impact", v)}
        error={err("impact")}
      />
      <ServicePicker
        legend="Affected services"
        emptyText="The service catalog is empty: report without services."
        services={services}
        value={values.affectedServices}
        onChange={(s) => set("affectedServices", s)}
        error={err("affectedServices")}
        isTruncated={isServiceListTruncated}
      />
      <FormActions submitLabel="Report incident" isPending={isPending} pendingLabel="Reporting" verb="report">
        {cancel}
      </FormActions>
    </form>
  );
}
