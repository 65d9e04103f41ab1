"use client";
// Assessing a vendor: the eight scores and the certifications on the left, the live result beside them,
// so the assessor sees how the recommendation is reached before saving. On the form hook: validated with
// the API's schema, Ctrl/⌘+Enter saves.
import { useState } from "react";
import { AssessmentPreview } from "@/app/(portal)/vendors/[id]/_components/assessment-preview";
import { CertificationPicker } from "@/app/(portal)/vendors/[id]/_components/certification-picker";
import { ScoreFields } from "@/app/(portal)/vendors/[id]/_components/score-fields";
import { useIsClient } from "@/components/ui/use-is-client";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { withoutField } from "@/components/ui/form-state";
import { Kbd, Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { useCreateAssessment } from "@/lib/client/vendors";
import type { ScoreName } from "@/lib/vendors/assessment-formula";
import { createAssessmentInput, type VendorResponse } from "@/lib/vendors/schemas";

type Props = { vendor: VendorResponse; onDone: () => void };
type AssessmentValues = {
  scores: Partial<Record<ScoreName, number>>;
  certifications: string[];
  notes: string;
};

export function AssessmentForm({ vendor, onDone }: Props) {
  const isClient = useIsClient();
  const create = useCreateAssessment(vendor.id);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const initial: AssessmentValues = {
    scores: {},
    certifications: vendor.certifications.filter((c) => c.status !== "EXPIRED").map((c) => c.name),
    notes: "",
  };
  const form = useForm({
    initial,
    schema: createAssessmentInput,
    toInput: (v) => ({ ...v.scores, certifications: v.certifications, notes: v.notes }),
    messageOf: (issue) =>
      issue.path.length === 1 && issue.code === "invalid_type" ? "Pick a score" : issue.message,
    onSubmit: (input) =>
      create.mutate(
        { input, idempotencyKey },
        {
          onSuccess: () => {
            setIdempotencyKey(crypto.randomUUID());
            onDone();
          },
        },
      ),
    serverError: create.error,
    isPending: create.isPending,
  });
  const { values, errors } = form;

  return (
    <section
      aria-labelledby="assess-heading"
      className="@container rounded-lg border border-accent/30 bg-surface p-3"
    >
      <h2 id="assess-heading" className="mb-2 text-sm font-semibold">
        Assess {vendor.name}
      </h2>
      <div className="flex flex-col gap-4 @3xl:grid @3xl:grid-cols-[minmax(0,1fr)_22rem] @3xl:items-start @6xl:grid-cols-[minmax(0,1fr)_28rem]">
        <form {...form.formProps} aria-label="Assess vendor" className="min-w-0 space-y-4">
          {form.formError ? (
            <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
              {form.formError}
            </p>
          ) : null}
          <ScoreFields
            scores={values.scores}
            onScore={(name, value) => {
              form.set("scores", { ...values.scores, [name]: value });
              form.setErrors((e) => withoutField(e, name));
            }}
            errorFor={(name) => errors[name]}
          />
          <CertificationPicker
            known={vendor.certifications}
            value={values.certifications}
            onChange={(c) => form.set("certifications", c)}
          />
          <Field
            label="Notes"
            error={errors.notes}
            hint="Evidence seen, who was interviewed, what to follow up."
          >
            {(id, d) => (
              <Textarea
                id={id}
                aria-describedby={d}
                value={values.notes}
                onChange={(e) => form.set("notes", e.target.value)}
                className="min-h-16"
              />
            )}
          </Field>
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" variant="primary" disabled={create.isPending || !isClient}>
              {create.isPending ? <Spinner label="Saving" /> : null}
              Save assessment
            </Button>
            <Button onClick={onDone}>Cancel</Button>
            <span className="hidden text-xs text-muted sm:inline">
              <Kbd>Ctrl</Kbd> / <Kbd>⌘</Kbd> + <Kbd>Enter</Kbd> to save
            </span>
          </div>
        </form>
        <AssessmentPreview
          scores={values.scores}
          criticality={vendor.criticality}
          certifications={values.certifications}
        />
      </div>
    </section>
  );
}
