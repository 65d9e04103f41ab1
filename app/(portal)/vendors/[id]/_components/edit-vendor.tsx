"use client";
// Editing a vendor reuses the add form; the PATCH carries the version the editor started from.
import { valuesFromVendor } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { VendorForm } from "@/app/(portal)/vendors/_components/vendor-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { EditPanel, useVersionedEdit } from "@/components/ui/versioned-edit";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useUpdateVendor, useVendor } from "@/lib/client/vendors";
import type { VendorResponse } from "@/lib/vendors/schemas";

export function EditVendor({ vendor, onDone }: { vendor: VendorResponse; onDone: () => void }) {
  const update = useUpdateVendor(vendor.id);
  const { refetch } = useVendor(vendor.id);
  const edit = useVersionedEdit(vendor, refetch, update);
  return (
    <EditPanel label="Edit vendor" isConflict={edit.isConflict} onReload={edit.loadTheirs}>
      <VendorForm
        key={edit.formKey}
        initial={valuesFromVendor(edit.base)}
        submitLabel="Save vendor"
        isPending={update.isPending}
        serverErrors={fieldErrorMap(update.error)}
        alert={<FormAlert error={update.error} />}
        onSave={(input) => update.mutate({ ...input, version: edit.base.version }, { onSuccess: onDone })}
        cancel={<Button onClick={onDone}>Cancel</Button>}
      />
    </EditPanel>
  );
}
