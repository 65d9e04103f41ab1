"use client";
// One form for creating and editing a service, validated with the same zod schema as the API.
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { createServiceInput } from "@/lib/services/schemas";
import {
  allowedDowntimeMinutes,
  SERVICE_TIERS,
  SLA_TARGET_PERCENT,
  TIER_LABELS,
  type ServiceTier,
} from "@/lib/services/service-tier";

export type ServiceFormValues = {
  slug: string;
  name: string;
  owner: string;
  tier: ServiceTier;
  description: string;
};

type Props = {
  initial: ServiceFormValues;
  mode: "create" | "edit";
  readOnly?: boolean;
  submitting: boolean;
  serverErrors: Record<string, string>;
  onSubmit: (values: ServiceFormValues) => void;
  onCancel?: () => void;
};

export function ServiceForm({
  initial,
  mode,
  readOnly = false,
  submitting,
  serverErrors,
  onSubmit,
  onCancel,
}: Props) {
  const form = useForm({
    initial,
    schema: createServiceInput,
    onSubmit: (_input, values) => onSubmit(values),
    // A read-only form never sends, not even on Ctrl+Enter.
    isPending: submitting || readOnly,
  });
  const { values, set } = form;
  const errors = { ...serverErrors, ...form.errors };

  return (
    <form
      {...form.formProps}
      className="max-w-2xl space-y-4"
      aria-label={mode === "create" ? "New service" : "Edit service"}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          error={errors.name}
          value={values.name}
          onValue={(v) => set("name", v)}
          disabled={readOnly}
          autoFocus={mode === "create"}
        />
        <TextField
          label="Slug"
          error={errors.slug}
          hint={mode === "create" ? "Used in URLs and the API; cannot change later." : "Cannot change."}
          value={values.slug}
          onValue={(v) => set("slug", v.toLowerCase())}
          disabled={mode === "edit" || readOnly}
          className="font-mono"
        />
        <TextField
          label="Owner"
          error={errors.owner}
          hint="The accountable team or person."
          value={values.owner}
          onValue={(v) => set("owner", v)}
          disabled={readOnly}
        />
        <Field
          label="Tier"
          error={errors.tier}
          hint={`SLA ${SLA_TARGET_PERCENT[values.tier]}% a month: ${allowedDowntimeMinutes(values.tier)} min of downtime in 30 days.`}
        >
          {(id, d) => (
            <Select
              id={id}
              aria-describedby={d}
              value={values.tier}
              disabled={readOnly}
              onChange={(e) => set("tier", e.target.value as ServiceTier)}
            >
              {SERVICE_TIERS.map((t) => (
                <option key={t} value={t}>
                  {TIER_LABELS[t]} ({SLA_TARGET_PERCENT[t]}%)
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <TextAreaField
        label="Description"
        error={errors.description}
        value={values.description}
        onValue={(v) => set("description", v)}
        disabled={readOnly}
      />
      {readOnly ? null : (
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={submitting}>
            {submitting ? <Spinner label="Saving" /> : null}
            {mode === "create" ? "Create service" : "Save changes"}
          </Button>
          {onCancel ? (
            <Button onClick={onCancel} disabled={submitting}>
              Cancel
            </Button>
          ) : null}
        </div>
      )}
    </form>
  );
}
