"use client";
// Editing a vendor reuses the add form; the PATCH carries the version the editor started from.
import { valuesFromVendor } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { VendorForm } from "@/app/(portal)/vendors/_components/vendor-form";
import { EditRecordForm } from "@/components/ui/record-form";
import { useUpdateVendor, useVendor } from "@/lib/client/vendors";
import type { VendorResponse } from "@/lib/vendors/schemas";

export function EditVendor({ vendor, onDone }: { vendor: VendorResponse; onDone: () => void }) {
  const update = useUpdateVendor(vendor.id);
  const { refetch } = useVendor(vendor.id);
  return (
    <EditRecordForm label="Edit vendor" record={vendor} refetch={refetch} update={update} onDone={onDone}>
      {(base, wiring) => (
        <VendorForm {...wiring} initial={valuesFromVendor(base)} submitLabel="Save vendor" />
      )}
    </EditRecordForm>
  );
}
