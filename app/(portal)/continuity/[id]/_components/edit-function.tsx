"use client";
// Editing a function reuses the add form; the PATCH carries the version the editor started from.
import { valuesFromFunction } from "@/app/(portal)/continuity/_components/function-form-values";
import { FunctionForm } from "@/app/(portal)/continuity/_components/function-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { EditPanel, useVersionedEdit } from "@/components/ui/versioned-edit";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useFunction, useUpdateFunction } from "@/lib/client/continuity";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function EditFunction({ fn, onDone }: { fn: FunctionResponse; onDone: () => void }) {
  const update = useUpdateFunction(fn.id);
  const { refetch } = useFunction(fn.id);
  const edit = useVersionedEdit(fn, refetch, update);
  return (
    <EditPanel label="Edit business function" isConflict={edit.isConflict} onReload={edit.loadTheirs}>
      <FunctionForm
        key={edit.formKey}
        initial={valuesFromFunction(edit.base)}
        selfId={fn.id}
        submitLabel="Save function"
        isPending={update.isPending}
        serverErrors={fieldErrorMap(update.error)}
        alert={<FormAlert error={update.error} />}
        onSave={(input) => update.mutate({ ...input, version: edit.base.version }, { onSuccess: onDone })}
        cancel={<Button onClick={onDone}>Cancel</Button>}
      />
    </EditPanel>
  );
}
