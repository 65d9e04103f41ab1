"use client";
// The add-a-vendor page's client island: one idempotency key per visit, then off to the new vendor.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EMPTY_VENDOR_FORM } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { VendorForm } from "@/app/(portal)/vendors/_components/vendor-form";
import { buttonClass } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateVendor } from "@/lib/client/vendors";

export function NewVendor() {
  const router = useRouter();
  const create = useCreateVendor();
  // A double submit or a retry after a timeout adds the vendor once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <VendorForm
      initial={EMPTY_VENDOR_FORM}
      submitLabel="Add vendor"
      isPending={create.isPending || create.isSuccess}
      serverErrors={fieldErrorMap(create.error)}
      alert={<FormAlert error={create.error} />}
      onSave={(input) =>
        create.mutate({ input, idempotencyKey }, { onSuccess: (v) => router.push(`/vendors/${v.id}`) })
      }
      cancel={
        <Link href="/vendors" className={buttonClass("ghost")}>
          Cancel
        </Link>
      }
    />
  );
}
