"use client";
// Editing a function reuses the add form; the PATCH carries the version the editor started from.
import { valuesFromFunction } from "@/app/(portal)/continuity/_components/function-form-values";
import { FunctionForm } from "@/app/(portal)/continuity/_components/function-form";
import { EditRecordForm } from "@/components/ui/record-form";
import { useFunction, useUpdateFunction } from "@/lib/client/continuity";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function EditFunction({ fn, onDone }: { fn: FunctionResponse; onDone: () => void }) {
  const update = useUpdateFunction(fn.id);
  const { refetch } = useFunction(fn.id);
  return (
    <EditRecordForm
      label="Edit business function"
      record={fn}
      refetch={refetch}
      update={update}
      onDone={onDone}
    >
      {(base, wiring) => (
        <FunctionForm
          {...wiring}
          initial={valuesFromFunction(base)}
          selfId={fn.id}
          submitLabel="Save function"
        />
      )}
    </EditRecordForm>
  );
}
