"use client";
// Reporting has to take seconds: title, what is happening, how bad. Validated with the API's own schema.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SEVERITY_OPTIONS, severitySla } from "@/app/(portal)/incidents/_components/severity-options";
import { Button, buttonClass } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ServicePicker } from "@/components/ui/service-picker";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Kbd, Spinner } from "@/components/ui/states";
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

export function ReportIncidentForm({ services, isServiceListTruncated }: Props) {
  const router = useRouter();
  const create = useCreateIncident();
  // One key per form visit: a double submit or a retry after a timeout reports the incident once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm({
    initial: INITIAL,
    schema: createIncidentInput,
    toInput: (v) => ({ ...v, severity: v.severity || undefined }),
    onSubmit: (input) =>
      create.mutate(
        { input, idempotencyKey },
        { onSuccess: (incident) => router.push(`/incidents/${incident.key}`) },
      ),
    serverError: create.error,
    isPending: create.isPending,
    // Severity only fails when none is picked.
    messageOf: (issue) => (issue.path[0] === "severity" ? "Choose a severity" : issue.message),
  });
  const { values, set } = form;
  // "affectedServices.2" shows under "affectedServices": each error under its field; the first one wins.
  const err = (field: keyof Values) => form.errorOf(field);

  return (
    <form {...form.formProps} aria-label="Report an incident" className="max-w-3xl space-y-4">
      {form.formError ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {form.formError}
        </p>
      ) : null}
      <Field label="Title" error={err("title")} hint="What is broken, in a few words.">
        {(id, d) => (
          <Input
            id={id}
            aria-describedby={d}
            aria-invalid={!!err("title")}
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            autoFocus
            maxLength={200}
            placeholder="Checkout returns 502 for all users"
          />
        )}
      </Field>
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
      <Field
        label="Description"
        error={err("description")}
        hint="What you see, since when, who is affected, what you tried."
      >
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!err("description")}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
            className="min-h-28"
          />
        )}
      </Field>
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
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? <Spinner label="Reporting" /> : null}
          Report incident
        </Button>
        <Link href="/incidents" className={buttonClass("ghost")}>
          Cancel
        </Link>
        <span className="text-xs text-muted">
          <Kbd>Ctrl</Kbd> / <Kbd>⌘</Kbd> + <Kbd>Enter</Kbd> to report
        </span>
      </div>
    </form>
  );
}
