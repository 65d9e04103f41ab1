"use client";
// Editing a draft reuses the raise form; the PATCH carries the version the page read.
import { valuesFromChange } from "@/app/(portal)/changes/_components/change-form-values";
import { ChangeForm } from "@/app/(portal)/changes/_components/change-form";
import { Button } from "@/components/ui/button";
import { ApiError, fieldErrorMap } from "@/lib/client/api-client";
import { useUpdateChange } from "@/lib/client/changes";
import type { ChangeResponse } from "@/lib/changes/schemas";

type Props = {
  change: ChangeResponse;
  services: { slug: string; name: string }[];
  isServiceListTruncated: boolean;
  cabQuorum: number;
  onConflict: (error: unknown) => void;
  onDone: () => void;
};

export function EditDraft({
  change,
  services,
  isServiceListTruncated,
  cabQuorum,
  onConflict,
  onDone,
}: Props) {
  const update = useUpdateChange(change.key);
  const serverErrors = fieldErrorMap(update.error);
  const isStale = update.error instanceof ApiError && update.error.isConflict;
  return (
    <section aria-label="Edit draft" className="rounded-lg border border-accent/30 bg-surface p-3">
      <ChangeForm
        initial={valuesFromChange(change)}
        services={services}
        isServiceListTruncated={isServiceListTruncated}
        cabQuorum={cabQuorum}
        submitLabel="Save draft"
        isPending={update.isPending}
        serverErrors={serverErrors}
        alert={
          update.error && !isStale ? (
            <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
              {Object.keys(serverErrors).length
                ? "Some fields need attention: see the messages below."
                : update.error.message}
            </p>
          ) : null
        }
        onSave={(input) =>
          update.mutate({ ...input, version: change.version }, { onSuccess: onDone, onError: onConflict })
        }
        cancel={<Button onClick={onDone}>Cancel</Button>}
      />
    </section>
  );
}
