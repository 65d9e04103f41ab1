"use client";
// Ending an active grant early: the reason is required (the grantee is told it), the version is sent.
import { useState, type FormEvent } from "react";
import { Ban } from "lucide-react";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import type { AccessRequestResponse } from "@/lib/access/schemas";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useRevokeAccessGrant } from "@/lib/client/access";

type Props = {
  request: Pick<AccessRequestResponse, "id" | "version" | "accessType" | "resources">;
  onClose: () => void;
};

export function RevokeForm({ request, onClose }: Props) {
  const revoke = useRevokeAccessGrant();
  const [reason, setReason] = useState("");
  const [clientError, setClientError] = useState<string>();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (reason.trim().length < 3) return setClientError("Give the reason: the person is told it");
    setClientError(undefined);
    revoke.mutate(
      { id: request.id, version: request.version, reason: reason.trim() },
      { onSuccess: onClose },
    );
  }

  const fieldError = clientError ?? fieldErrorMap(revoke.error).reason;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Revoke ${request.accessType} on ${request.resources.join(", ")}`}
      className="flex flex-wrap items-end gap-2"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="min-w-56 flex-1">
        <Field label="Reason for revoking" error={fieldError}>
          {(id, d) => (
            <Input
              id={id}
              aria-describedby={d}
              aria-invalid={!!fieldError}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
              maxLength={5000}
            />
          )}
        </Field>
      </div>
      <Button type="submit" variant="danger" size="sm" disabled={revoke.isPending}>
        {revoke.isPending ? <Spinner label="Revoking" /> : <Ban aria-hidden className="size-3.5" />}
        Revoke grant
      </Button>
      <Button variant="ghost" size="sm" onClick={onClose}>
        Keep it
      </Button>
      {fieldError ? null : (
        <div className="w-full">
          <ActionError error={revoke.error} />
        </div>
      )}
    </form>
  );
}
