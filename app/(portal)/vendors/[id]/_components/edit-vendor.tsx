"use client";
// Editing a vendor reuses the add form; the PATCH carries the version the editor started from, so a save
// over someone else's is refused (409) rather than silently undoing theirs.
import { useState } from "react";
import { ConflictBanner } from "@/components/ui/conflict-banner";
import { valuesFromVendor } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { VendorForm } from "@/app/(portal)/vendors/_components/vendor-form";
import { Button } from "@/components/ui/button";
import { ApiError, fieldErrorMap } from "@/lib/client/api-client";
import { useUpdateVendor, useVendor } from "@/lib/client/vendors";
import type { VendorResponse } from "@/lib/vendors/schemas";

export function EditVendor({ vendor, onDone }: { vendor: VendorResponse; onDone: () => void }) {
  const update = useUpdateVendor(vendor.id);
  const { refetch } = useVendor(vendor.id);
  const [base, setBase] = useState(vendor);
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
    <section aria-label="Edit vendor" className="space-y-3 rounded-lg border border-accent/30 bg-surface p-3">
      {isConflict ? (
        <ConflictBanner onReload={loadTheirs} reloadLabel="Load their version">
          since you opened it; nothing was saved. Load their version, check it, and edit again.
        </ConflictBanner>
      ) : null}
      <VendorForm
        key={formKey}
        initial={valuesFromVendor(base)}
        submitLabel="Save vendor"
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
