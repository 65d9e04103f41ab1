"use client";
// Editing a policy in place reuses the create form; the PATCH carries the version the editor started
// from. A stale version (409 without a field) offers their version; a 409 naming the scope is a clash
// with another policy's service or tier, said in the form.
import { Fragment } from "react";
import { toFormValues } from "@/app/(portal)/escalation-policies/_components/policy-form-values";
import { PolicyForm } from "@/app/(portal)/escalation-policies/_components/policy-form";
import { Button } from "@/components/ui/button";
import { problemFieldErrors } from "@/components/ui/form-state";
import { EditPanel, useVersionedEdit } from "@/components/ui/versioned-edit";
import { usePolicy, useUpdatePolicy, type TargetDirectory } from "@/lib/client/escalation";
import type { PolicyResponse } from "@/lib/escalation/api-schemas";

type Props = { policy: PolicyResponse; directory: TargetDirectory; onDone: () => void };

export function EditPolicy({ policy, directory, onDone }: Props) {
  const update = useUpdatePolicy(policy.id);
  const { refetch } = usePolicy(policy.id);
  const edit = useVersionedEdit(policy, refetch, update);
  const isStale = edit.isConflict && Object.keys(problemFieldErrors(update.error)).length === 0;
  return (
    <EditPanel label="Edit the policy" isConflict={isStale} onReload={edit.loadTheirs}>
      <Fragment key={edit.formKey}>
        <PolicyForm
          initial={toFormValues(edit.base)}
          submitLabel="Save policy"
          directory={directory}
          policyId={policy.id}
          isPending={update.isPending}
          serverError={update.error}
          onSave={(input) => update.mutate({ ...input, version: edit.base.version }, { onSuccess: onDone })}
          cancel={<Button onClick={onDone}>Cancel</Button>}
        />
      </Fragment>
    </EditPanel>
  );
}
