"use client";
// The caller's API tokens on the kit's data table; an active one can be revoked from its row.
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/time";
import type { TokenResponse } from "@/lib/tokens/schemas";

export function tokenState(t: TokenResponse): { label: string; tone: "success" | "neutral" | "danger" } {
  if (t.revokedAt) return { label: "Revoked", tone: "neutral" };
  if (t.expiresAt && new Date(t.expiresAt) <= new Date()) return { label: "Expired", tone: "danger" };
  return { label: "Active", tone: "success" };
}

type Props = { tokens: TokenResponse[]; isRevoking: boolean; onRevoke: (token: TokenResponse) => void };

export function TokenTable({ tokens, isRevoking, onRevoke }: Props) {
  const columns: DataTableColumn<TokenResponse>[] = [
    { id: "name", header: "Name", phone: "lead", className: "font-medium md:px-3", cell: (t) => t.name },
    {
      id: "token",
      header: "Token",
      phone: "lead",
      className: "font-mono text-xs text-muted md:px-3",
      cell: (t) => `${t.prefix}…`,
    },
    {
      id: "status",
      header: "Status",
      phone: "trail",
      className: "md:px-3",
      cell: (t) => {
        const state = tokenState(t);
        return <Badge tone={state.tone}>{state.label}</Badge>;
      },
    },
    {
      id: "expires",
      header: "Expires",
      phone: "meta",
      phoneLabel: true,
      className: "md:px-3",
      cell: (t) =>
        t.expiresAt ? <Instant at={t.expiresAt} zone="utc" /> : <span className="text-warning">Never</span>,
    },
    {
      id: "used",
      header: "Last used",
      phone: "meta",
      phoneLabel: true,
      className: "text-muted md:px-3",
      cell: (t) => (t.lastUsedAt ? <Instant at={t.lastUsedAt} relative /> : "Never"),
    },
    {
      id: "actions",
      header: "Actions",
      isHeaderHidden: true,
      phone: "actions",
      className: "text-right md:px-3",
      cell: (t) =>
        tokenState(t).label === "Active" ? (
          <Button
            size="sm"
            variant="danger"
            className="max-md:h-11"
            disabled={isRevoking}
            onClick={() => onRevoke(t)}
          >
            Revoke
          </Button>
        ) : null,
    },
  ];
  return (
    <DataTable
      label="API tokens"
      columns={columns}
      rows={tokens}
      rowKey={(t) => t.id}
      rowTestId="token-row"
      empty={{
        title: "No tokens yet",
        description: "Create one for each script or pipeline, so you can revoke them one by one.",
      }}
    />
  );
}
