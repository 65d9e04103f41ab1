"use client";
// Withdrawing one's own pending request, after a confirmation step (no browser dialog: keyboard friendly).
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import type { AccessRequestResponse } from "@/lib/access/schemas";
import { useCancelAccessRequest } from "@/lib/client/access";

type Props = { request: Pick<AccessRequestResponse, "id" | "version">; onClose: () => void };

export function CancelConfirm({ request, onClose }: Props) {
  const cancel = useCancelAccessRequest();
  return (
    <div
      role="group"
      aria-label="Cancel this request"
      className="flex flex-wrap items-center gap-2 text-sm"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <span>Withdraw this request? Security will no longer see it.</span>
      <Button
        variant="danger"
        size="sm"
        autoFocus
        disabled={cancel.isPending}
        onClick={() => cancel.mutate({ id: request.id, version: request.version }, { onSuccess: onClose })}
      >
        {cancel.isPending ? <Spinner label="Cancelling" /> : null}
        Yes, cancel it
      </Button>
      <Button variant="ghost" size="sm" onClick={onClose}>
        No
      </Button>
      <div className="w-full">
        <ActionError error={cancel.error} />
      </div>
    </div>
  );
}
