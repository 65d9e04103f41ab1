"use client";
// Assessing a vendor: the eight scores and the certifications on the left, the live result beside them,
// so the assessor sees how the recommendation is reached before saving. On the form hook: validated with
// the API's schema, Ctrl/⌘+Enter saves.
import { AssessmentPreview } from "@/app/(portal)/vendors/[id]/_components/assessment-preview";
import { CertificationPicker } from "@/app/(portal)/vendors/[id]/_components/certification-picker";
import { ScoreFields } from "@/app/(portal)/vendors/[id]/_components/score-fields";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { withoutField } from "@/components/ui/form-state";
import { Panel } from "@/components/ui/panel";
import { TextAreaField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIdempotentCreate } from "@/components/ui/use-idempotent-create";
import { useIsClient } from "@/components/ui/use-is-client";
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
  const send = useIdempotentCreate(create);
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
    onSubmit: (input) => send(input, onDone),
    serverError: create.error,
    isPending: create.isPending,
  });
  const { values, errors } = form;

  return (
    <Panel title={`Assess ${vendor.name}`} className="@container border-accent/30">
      <div className="flex flex-col gap-4 @3xl:grid @3xl:grid-cols-[minmax(0,1fr)_22rem] @3xl:items-start @6xl:grid-cols-[minmax(0,1fr)_28rem]">
        <form {...form.formProps} aria-label="Assess vendor" className="min-w-0 space-y-4">
          <FormAlert error={create.error} />
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
          <TextAreaField
            label="Notes"
            hint="Evidence seen, who was interviewed, what to follow up."
            {...textProps(form, "notes")}
            className="min-h-16"
          />
          <FormActions submitLabel="Save assessment" isPending={create.isPending} isDisabled={!isClient}>
            <Button onClick={onDone}>Cancel</Button>
          </FormActions>
        </form>
        <AssessmentPreview
          scores={values.scores}
          criticality={vendor.criticality}
          certifications={values.certifications}
        />
      </div>
    </Panel>
  );
}
