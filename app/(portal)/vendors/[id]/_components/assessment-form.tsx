"use client";
// Assessing a vendor: the eight scores and the certifications on the left, the live result beside them,
// so the assessor sees how the recommendation is reached before saving. Validated with the API's schema.
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { AssessmentPreview } from "@/app/(portal)/vendors/[id]/_components/assessment-preview";
import { CertificationPicker } from "@/app/(portal)/vendors/[id]/_components/certification-picker";
import { ScoreFields } from "@/app/(portal)/vendors/[id]/_components/score-fields";
import { useIsClient } from "@/components/ui/use-is-client";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Kbd, Spinner } from "@/components/ui/states";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateAssessment } from "@/lib/client/vendors";
import type { ScoreName } from "@/lib/vendors/assessment-formula";
import { createAssessmentInput, type VendorResponse } from "@/lib/vendors/schemas";

type Props = { vendor: VendorResponse; onDone: () => void };

export function AssessmentForm({ vendor, onDone }: Props) {
  const isClient = useIsClient();
  const create = useCreateAssessment(vendor.id);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [scores, setScores] = useState<Partial<Record<ScoreName, number>>>({});
  const [certifications, setCertifications] = useState(() =>
    vendor.certifications.filter((c) => c.status !== "EXPIRED").map((c) => c.name),
  );
  const [notes, setNotes] = useState("");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorMap(create.error), ...clientErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    if (create.isPending) return;
    const parsed = createAssessmentInput.safeParse({ ...scores, certifications, notes });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues)
        found[issue.path.map(String).join(".")] ??=
          issue.path.length === 1 && issue.code === "invalid_type" ? "Pick a score" : issue.message;
      setClientErrors(found);
      return;
    }
    setClientErrors({});
    create.mutate(
      { input: parsed.data, idempotencyKey },
      {
        onSuccess: () => {
          setIdempotencyKey(crypto.randomUUID());
          onDone();
        },
      },
    );
  }

  function submitOnModEnter(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  return (
    <section
      aria-labelledby="assess-heading"
      className="@container rounded-lg border border-accent/30 bg-surface p-3"
    >
      <h2 id="assess-heading" className="mb-2 text-sm font-semibold">
        Assess {vendor.name}
      </h2>
      <div className="flex flex-col gap-4 @3xl:grid @3xl:grid-cols-[minmax(0,1fr)_22rem] @3xl:items-start @6xl:grid-cols-[minmax(0,1fr)_28rem]">
        <form
          onSubmit={submit}
          onKeyDown={submitOnModEnter}
          noValidate
          aria-label="Assess vendor"
          className="min-w-0 space-y-4"
        >
          {create.error && !Object.keys(fieldErrorMap(create.error)).length ? (
            <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
              {create.error.message}
            </p>
          ) : null}
          <ScoreFields
            scores={scores}
            onScore={(name, value) => {
              setScores((s) => ({ ...s, [name]: value }));
              setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => path !== name)));
            }}
            errorFor={(name) => errors[name]}
          />
          <CertificationPicker
            known={vendor.certifications}
            value={certifications}
            onChange={setCertifications}
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
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
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
        <AssessmentPreview scores={scores} criticality={vendor.criticality} certifications={certifications} />
      </div>
    </section>
  );
}
