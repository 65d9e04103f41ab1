"use client";
// Reporting has to take seconds: title, what is happening, how bad. Validated with the API's own schema.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { SegmentedRadio } from "@/app/(portal)/incidents/_components/segmented-radio";
import { ServicePicker } from "@/app/(portal)/incidents/_components/service-picker";
import { SEVERITY_OPTIONS, severitySla } from "@/app/(portal)/incidents/_components/severity-options";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Kbd, Spinner } from "@/components/ui/states";
import { fieldErrorMap } from "@/lib/client/api-client";
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

// "affectedServices.2" → "affectedServices": each error shows under its field; the first one wins.
function byField(errors: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of errors) out[path.split(".")[0] ?? path] ??= message;
  return out;
}

type Props = { services: { slug: string; name: string }[]; isServiceListTruncated: boolean };

export function ReportIncidentForm({ services, isServiceListTruncated }: Props) {
  const router = useRouter();
  const create = useCreateIncident();
  // One key per form visit: a double submit or a retry after a timeout reports the incident once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<Values>({
    title: "",
    description: "",
    severity: "",
    affectedServices: [],
    impact: "DEGRADED",
  });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = byField(Object.entries(fieldErrorMap(create.error)));
  const errors = { ...serverErrors, ...clientErrors };
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // The message was about the old value; a fixed field should stop shouting.
    setClientErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    if (create.isPending) return;
    const parsed = createIncidentInput.safeParse({ ...values, severity: values.severity || undefined });
    if (!parsed.success) {
      const found = byField(parsed.error.issues.map((i): [string, string] => [i.path.join("."), i.message]));
      setClientErrors(values.severity ? found : { ...found, severity: "Choose a severity" });
      return;
    }
    setClientErrors({});
    create.mutate(
      { input: parsed.data, idempotencyKey },
      { onSuccess: (incident) => router.push(`/incidents/${incident.key}`) },
    );
  }

  function submitOnModEnter(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  const hasFieldErrors = Object.keys(serverErrors).length > 0;
  return (
    <form
      onSubmit={submit}
      onKeyDown={submitOnModEnter}
      noValidate
      aria-label="Report an incident"
      className="max-w-3xl space-y-4"
    >
      {create.error && !hasFieldErrors ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {create.error.message}
        </p>
      ) : null}
      <Field label="Title" error={errors.title} hint="What is broken, in a few words.">
        {(id, d) => (
          <Input
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.title}
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
            autoFocus
            maxLength={200}
            placeholder="Checkout returns 502 for all users"
          />
        )}
      </Field>
      <SegmentedRadio
        name="severity"
        legend="Severity"
        options={SEVERITY_OPTIONS}
        value={values.severity}
        onChange={(s) => set("severity", s)}
        error={errors.severity}
        footer={severitySla(values.severity)}
      />
      <Field
        label="Description"
        error={errors.description}
        hint="What you see, since when, who is affected, what you tried."
      >
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.description}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
            className="min-h-28"
          />
        )}
      </Field>
      <SegmentedRadio
        name="impact"
        legend="Impact"
        options={IMPACT_OPTIONS}
        value={values.impact}
        onChange={(v) => set("impact", v)}
        error={errors.impact}
      />
      <ServicePicker
        services={services}
        value={values.affectedServices}
        onChange={(s) => set("affectedServices", s)}
        error={errors.affectedServices}
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
