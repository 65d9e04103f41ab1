"use client";
// What this viewer may do with the request now: decide it, cancel their own while pending, revoke a grant.
import { useState } from "react";
import { Ban, Undo2 } from "lucide-react";
import { CancelConfirm } from "@/app/(portal)/access/_components/cancel-confirm";
import { DecidePanel } from "@/app/(portal)/access/_components/decide-panel";
import type { AccessViewer } from "@/app/(portal)/access/_components/request-columns";
import { RevokeForm } from "@/app/(portal)/access/_components/revoke-form";
import { STATUS_LABELS } from "@/app/(portal)/access/_components/access-labels";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import type { AccessRequestResponse } from "@/lib/access/schemas";

export function AccessActions({
  request: r,
  viewer,
}: {
  request: AccessRequestResponse;
  viewer: AccessViewer;
}) {
  const [open, setOpen] = useState<"cancel" | "revoke" | null>(null);
  const canCancel = r.status === "PENDING" && r.requestedBy.id === viewer.id;
  const canRevoke = r.status === "APPROVED" && viewer.canDecide;
  const canDecideNow = r.status === "PENDING" && viewer.canDecide;
  return (
    <Panel title="Actions" testId="access-actions" className="space-y-2">
      {canDecideNow ? <DecidePanel request={r} viewerId={viewer.id} /> : null}
      {canCancel ? (
        open === "cancel" ? (
          <CancelConfirm request={r} onClose={() => setOpen(null)} />
        ) : (
          <Button size="sm" onClick={() => setOpen("cancel")}>
            <Undo2 aria-hidden className="size-3.5" /> Cancel request
          </Button>
        )
      ) : null}
      {canRevoke ? (
        open === "revoke" ? (
          <RevokeForm request={r} onClose={() => setOpen(null)} />
        ) : (
          <Button size="sm" variant="danger" onClick={() => setOpen("revoke")}>
            <Ban aria-hidden className="size-3.5" /> Revoke grant
          </Button>
        )
      ) : null}
      {!canDecideNow && !canCancel && !canRevoke ? (
        <p className="text-sm text-muted">
          {r.status === "PENDING"
            ? "Waiting for security or an admin to decide."
            : `Nothing to do: the request is ${STATUS_LABELS[r.status].toLowerCase()}.`}
          {r.status === "APPROVED" && !viewer.canDecide ? " It ends on its own at the expiry." : ""}
        </p>
      ) : null}
    </Panel>
  );
}
