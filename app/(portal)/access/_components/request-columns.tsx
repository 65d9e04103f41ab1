"use client";
// The columns of a list of access requests. A row's actions (cancel while pending, revoke while granted)
// open a confirmation beneath it, so the list keeps which row has one open.
import Link from "next/link";
import { AccessStatusBadge, AccessTypeBadge } from "@/app/(portal)/access/_components/access-badges";
import { ExpiryInfo } from "@/app/(portal)/access/_components/expiry-info";
import { actionsColumn, RowButton } from "@/components/ui/table-columns";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";

export type AccessViewer = { id: string; canDecide: boolean };
export type OpenAction = { id: string; kind: "cancel" | "revoke" } | null;

export function requestColumns(
  viewer: AccessViewer,
  open: OpenAction,
  setOpen: (next: OpenAction) => void,
): DataTableColumn<AccessRequestResponse>[] {
  const who = (p: { id: string; name: string }) => (p.id === viewer.id ? "You" : p.name);
  const toggle = (r: AccessRequestResponse, kind: "cancel" | "revoke") =>
    setOpen(open?.id === r.id && open.kind === kind ? null : { id: r.id, kind });
  const isOpen = (r: AccessRequestResponse, kind: "cancel" | "revoke") =>
    open?.id === r.id && open.kind === kind;
  return [
    { id: "status", header: "Status", phone: "lead", cell: (r) => <AccessStatusBadge status={r.status} /> },
    { id: "type", header: "Type", phone: "lead", cell: (r) => <AccessTypeBadge type={r.accessType} /> },
    {
      id: "resources",
      header: "Resources · why",
      phone: "main",
      // Takes the width left over, so long lists truncate instead of widening the table.
      className: "w-full max-w-0 max-md:max-w-full",
      cell: (r) => (
        <>
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
        </>
      ),
    },
    {
      id: "for",
      header: "For · asked",
      phone: "meta",
      className: "text-xs whitespace-nowrap",
      cell: (r) => (
        <>
          <span className="md:block">{who(r.requestedFor)}</span>
          {r.requestedBy.id !== r.requestedFor.id ? (
            <span className="text-muted max-md:ml-1 md:block">by {who(r.requestedBy)}</span>
          ) : null}
          <span className="text-muted max-md:ml-1 md:block">
            <Instant at={r.createdAt} relative />
          </span>
        </>
      ),
    },
    {
      id: "expiry",
      header: "Expiry",
      phone: "meta",
      cell: (r) => <ExpiryInfo request={r} className="whitespace-normal" />,
    },
    actionsColumn((r) => (
      <>
        {r.status === "PENDING" && r.requestedBy.id === viewer.id ? (
          <RowButton aria-expanded={isOpen(r, "cancel")} onClick={() => toggle(r, "cancel")}>
            Cancel
          </RowButton>
        ) : null}
        {r.status === "APPROVED" && viewer.canDecide ? (
          <RowButton
            className="text-danger"
            aria-expanded={isOpen(r, "revoke")}
            onClick={() => toggle(r, "revoke")}
          >
            Revoke
          </RowButton>
        ) : null}
      </>
    )),
  ];
}
