"use client";
// The new-policy page's client island: the policy form, then off to the new policy's page.
import { NEW_POLICY_VALUES } from "@/app/(portal)/escalation-policies/_components/policy-form-values";
import { PolicyForm } from "@/app/(portal)/escalation-policies/_components/policy-form";
import { NewRecordForm } from "@/components/ui/record-form";
import { useCreatePolicy, type TargetDirectory } from "@/lib/client/escalation";

export function NewPolicy({ directory }: { directory: TargetDirectory }) {
  return (
    <NewRecordForm
      create={useCreatePolicy()}
      hrefOf={(p) => `/escalation-policies/${p.id}`}
      cancelHref="/escalation-policies"
    >
      {(wiring) => (
        <PolicyForm
          {...wiring}
          initial={NEW_POLICY_VALUES}
          submitLabel="Create policy"
          directory={directory}
        />
      )}
    </NewRecordForm>
  );
}
