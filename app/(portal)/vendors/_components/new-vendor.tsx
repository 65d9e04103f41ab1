"use client";
// The add-a-vendor page's client island: the vendor form, then off to the new vendor.
import { EMPTY_VENDOR_FORM } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { VendorForm } from "@/app/(portal)/vendors/_components/vendor-form";
import { NewRecordForm } from "@/components/ui/record-form";
import { useCreateVendor } from "@/lib/client/vendors";

export function NewVendor() {
  return (
    <NewRecordForm create={useCreateVendor()} hrefOf={(v) => `/vendors/${v.id}`} cancelHref="/vendors">
      {(wiring) => <VendorForm {...wiring} initial={EMPTY_VENDOR_FORM} submitLabel="Add vendor" />}
    </NewRecordForm>
  );
}
