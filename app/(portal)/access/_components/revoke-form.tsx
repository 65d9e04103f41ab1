"use client";
// Ending an active grant early: the reason is required (the grantee is told it), the version is sent.
import { Ban } from "lucide-react";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import { TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { revokeAccessInput, type AccessRequestResponse } from "@/lib/access/schemas";
import { useRevokeAccessGrant } from "@/lib/client/access";

type Props = {
  request: Pick<AccessRequestResponse, "id" | "version" | "accessType" | "resources">;
  onClose: () => void;
};

export function RevokeForm({ request, onClose }: Props) {
  const revoke = useRevokeAccessGrant();
  const form = useForm({
    initial: { reason: "" },
    schema: revokeAccessInput,
    toInput: (v) => ({ version: request.version, reason: v.reason }),
    messageOf: (issue) =>
      issue.code === "too_small" ? "Give the reason: the person is told it" : issue.message,
    onSubmit: (input) => revoke.mutate({ id: request.id, ...input }, { onSuccess: onClose }),
    onEscape: onClose,
    serverError: revoke.error,
    isPending: revoke.isPending,
  });
  const fieldError = form.errorOf("reason");
  return (
    <form
      {...form.formProps}
      aria-label={`Revoke ${request.accessType} on ${request.resources.join(", ")}`}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-56 flex-1">
        <TextField label="Reason for revoking" {...textProps(form, "reason")} autoFocus maxLength={5000} />
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
