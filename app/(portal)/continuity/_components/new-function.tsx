"use client";
// The add-a-function page's client island: one idempotency key per visit, then off to the new function.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EMPTY_FUNCTION_FORM } from "@/app/(portal)/continuity/_components/function-form-values";
import { FunctionForm } from "@/app/(portal)/continuity/_components/function-form";
import { buttonClass } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateFunction } from "@/lib/client/continuity";

export function NewFunction() {
  const router = useRouter();
  const create = useCreateFunction();
  // A double submit or a retry after a timeout adds the function once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <FunctionForm
      initial={EMPTY_FUNCTION_FORM}
      submitLabel="Add function"
      isPending={create.isPending || create.isSuccess}
      serverErrors={fieldErrorMap(create.error)}
      alert={<FormAlert error={create.error} />}
      onSave={(input) =>
        create.mutate({ input, idempotencyKey }, { onSuccess: (fn) => router.push(`/continuity/${fn.id}`) })
      }
      cancel={
        <Link href="/continuity" className={buttonClass("ghost")}>
          Cancel
        </Link>
      }
    />
  );
}
