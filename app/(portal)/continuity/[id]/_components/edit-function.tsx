"use client";
// Editing a function reuses the add form; the PATCH carries the version the editor started from, so a
// save over someone else's is refused (409) rather than silently undoing theirs.
import { useState } from "react";
import { ConflictBanner } from "@/components/ui/conflict-banner";
import { valuesFromFunction } from "@/app/(portal)/continuity/_components/function-form-values";
import { FunctionForm } from "@/app/(portal)/continuity/_components/function-form";
import { Button } from "@/components/ui/button";
import { ApiError, fieldErrorMap } from "@/lib/client/api-client";
import { useFunction, useUpdateFunction } from "@/lib/client/continuity";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function EditFunction({ fn, onDone }: { fn: FunctionResponse; onDone: () => void }) {
  const update = useUpdateFunction(fn.id);
  const { refetch } = useFunction(fn.id);
  const [base, setBase] = useState(fn);
  const [formKey, setFormKey] = useState(0);
  const serverErrors = fieldErrorMap(update.error);
  const isConflict = update.error instanceof ApiError && update.error.isConflict;

  async function loadTheirs() {
    const fresh = await refetch();
    if (fresh.data) setBase(fresh.data);
    update.reset();
    setFormKey((k) => k + 1);
  }

  return (
    <section
      aria-label="Edit business function"
      className="space-y-3 rounded-lg border border-accent/30 bg-surface p-3"
    >
      {isConflict ? (
        <ConflictBanner onReload={loadTheirs} reloadLabel="Load their version">
          since you opened it; nothing was saved. Load their version, check it, and edit again.
        </ConflictBanner>
      ) : null}
      <FunctionForm
        key={formKey}
        initial={valuesFromFunction(base)}
        selfId={fn.id}
        submitLabel="Save function"
        isPending={update.isPending}
        serverErrors={serverErrors}
        alert={
          update.error && !isConflict ? (
            <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
              {Object.keys(serverErrors).length
                ? "Some fields need attention: see the messages below."
                : update.error.message}
            </p>
          ) : null
        }
        onSave={(input) => update.mutate({ ...input, version: base.version }, { onSuccess: onDone })}
        cancel={<Button onClick={onDone}>Cancel</Button>}
      />
    </section>
  );
}
