"use client";
// The raise-a-change page's client island: one idempotency key per visit, then off to the new change.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EMPTY_CHANGE_FORM } from "@/app/(portal)/changes/_components/change-form-values";
import { ChangeForm } from "@/app/(portal)/changes/_components/change-form";
import { buttonClass } from "@/components/ui/button";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateChange } from "@/lib/client/changes";

type Props = {
  services: { slug: string; name: string }[];
  isServiceListTruncated: boolean;
  cabQuorum: number;
};

export function RaiseChange({ services, isServiceListTruncated, cabQuorum }: Props) {
  const router = useRouter();
  const create = useCreateChange();
  // A double submit or a retry after a timeout raises the change once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const serverErrors = fieldErrorMap(create.error);
  const hasFieldErrors = Object.keys(serverErrors).length > 0;
  return (
    <ChangeForm
      initial={EMPTY_CHANGE_FORM}
      services={services}
      isServiceListTruncated={isServiceListTruncated}
      cabQuorum={cabQuorum}
      submitLabel="Save draft"
      isPending={create.isPending || create.isSuccess}
      serverErrors={serverErrors}
      alert={
        create.error ? (
          <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            {hasFieldErrors ? "Some fields need attention: see the messages below." : create.error.message}
          </p>
        ) : null
      }
      onSave={(input) =>
        create.mutate(
          { input, idempotencyKey },
          { onSuccess: (change) => router.push(`/changes/${change.key}`) },
        )
      }
      cancel={
        <Link href="/changes" className={buttonClass("ghost")}>
          Cancel
        </Link>
      }
    />
  );
}
