"use client";
// One request in a table; its row actions (cancel while pending, revoke while granted) open beneath it.
import Link from "next/link";
import { useState } from "react";
import { AccessStatusBadge, AccessTypeBadge } from "@/app/(portal)/access/_components/access-badges";
import { CancelConfirm } from "@/app/(portal)/access/_components/cancel-confirm";
import { ExpiryInfo } from "@/app/(portal)/access/_components/expiry-info";
import { RevokeForm } from "@/app/(portal)/access/_components/revoke-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Time } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";

export type AccessViewer = { id: string; canDecide: boolean };

type Props = {
  request: AccessRequestResponse;
  viewer: AccessViewer;
  index?: number;
  isSelected?: boolean;
  onSelect?: (index: number) => void;
  columns: number;
};

export function RequestRow({ request: r, viewer, index, isSelected = false, onSelect, columns }: Props) {
  const [open, setOpen] = useState<"cancel" | "revoke" | null>(null);
  const canCancel = r.status === "PENDING" && r.requestedBy.id === viewer.id;
  const canRevoke = r.status === "APPROVED" && viewer.canDecide;
  const who = (p: { id: string; name: string }) => (p.id === viewer.id ? "You" : p.name);
  return (
    <>
      <tr
        data-testid="access-row"
        data-id={r.id}
        data-status={r.status}
        data-row-index={index}
        aria-selected={onSelect ? isSelected : undefined}
        onMouseEnter={onSelect && index !== undefined ? () => onSelect(index) : undefined}
        className={cn(
          "border-b border-border last:border-0",
          isSelected ? "bg-accent/10" : "hover:bg-surface-2",
        )}
      >
        <td className="hidden py-1.5 pr-2 pl-3 sm:table-cell">
          <AccessStatusBadge status={r.status} />
        </td>
        <td className="hidden px-2 py-1.5 sm:table-cell">
          <AccessTypeBadge type={r.accessType} />
        </td>
        {/* Takes the width left over, so long lists truncate instead of widening the table. */}
        <td className="w-full max-w-0 py-1.5 pr-2 pl-3 sm:pl-2">
          <span className="mb-0.5 flex gap-1 sm:hidden">
            <AccessStatusBadge status={r.status} testId="access-status-compact" />
            <AccessTypeBadge type={r.accessType} testId="access-type-compact" />
          </span>
          <Link
            href={`/access/${r.id}`}
            className="block truncate font-mono text-xs font-semibold hover:underline"
            title={r.resources.join(", ")}
          >
            {r.resources.join(", ")}
          </Link>
          <div className="truncate text-xs text-muted" title={r.justification}>
            {r.justification}
          </div>
          <div className="mt-0.5 sm:hidden">
            <ExpiryInfo request={r} className="whitespace-normal" />
          </div>
        </td>
        <td className="hidden px-2 py-1.5 text-xs whitespace-nowrap lg:table-cell">
          <div>{who(r.requestedFor)}</div>
          {r.requestedBy.id !== r.requestedFor.id ? (
            <div className="text-muted">by {who(r.requestedBy)}</div>
          ) : null}
          <div className="text-muted">
            <Time iso={r.createdAt} relative />
          </div>
        </td>
        <td className="hidden px-2 py-1.5 sm:table-cell">
          <ExpiryInfo request={r} className="whitespace-normal" />
        </td>
        <td className="px-2 py-1.5 text-right whitespace-nowrap">
          {canCancel ? (
            <Button
              size="sm"
              variant="ghost"
              aria-expanded={open === "cancel"}
              onClick={() => setOpen(open === "cancel" ? null : "cancel")}
            >
              Cancel
            </Button>
          ) : null}
          {canRevoke ? (
            <Button
              size="sm"
              variant="ghost"
              className="text-danger"
              aria-expanded={open === "revoke"}
              onClick={() => setOpen(open === "revoke" ? null : "revoke")}
            >
              Revoke
            </Button>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr className="border-b border-border bg-surface-2/50">
          <td colSpan={columns} className="px-3 py-2">
            {open === "cancel" ? (
              <CancelConfirm request={r} onClose={() => setOpen(null)} />
            ) : (
              <RevokeForm request={r} onClose={() => setOpen(null)} />
            )}
          </td>
        </tr>
      ) : null}
    </>
  );
}
