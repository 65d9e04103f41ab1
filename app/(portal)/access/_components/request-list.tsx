"use client";
// A list of access requests on the kit's data table, with its loading, error and empty states.
import type { UseQueryResult } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { CancelConfirm } from "@/app/(portal)/access/_components/cancel-confirm";
import {
  requestColumns,
  type AccessViewer,
  type OpenAction,
} from "@/app/(portal)/access/_components/request-columns";
import { RevokeForm } from "@/app/(portal)/access/_components/revoke-form";
import { DataTable, queryError } from "@/components/ui/data-table";
import type { Page } from "@/lib/api/pagination";
import type { AccessRequestResponse } from "@/lib/access/schemas";

type Props = {
  query: UseQueryResult<Page<AccessRequestResponse>>;
  label: string;
  viewer: AccessViewer;
  empty: { title: string; text: ReactNode; action?: ReactNode };
  selected?: number;
  onSelect?: (index: number) => void;
  testId?: string;
};

const NO_ITEMS: AccessRequestResponse[] = [];

export function RequestList({ query, label, viewer, empty, selected, onSelect, testId }: Props) {
  const [open, setOpen] = useState<OpenAction>(null);
  const items = query.data?.items ?? NO_ITEMS;
  const close = () => setOpen(null);
  return (
    <div data-testid={testId}>
      <DataTable
        label={label}
        columns={requestColumns(viewer, open, setOpen)}
        rows={items}
        rowKey={(r) => r.id}
        rowTestId="access-row"
        rowAttributes={(r) => ({ "data-id": r.id, "data-status": r.status })}
        selectedIndex={selected}
        onSelectIndex={onSelect}
        isLoading={query.isPending}
        isStale={query.isPlaceholderData}
        error={queryError(query, `${label} could not be loaded`)}
        empty={{ title: empty.title, description: empty.text, action: empty.action }}
        rowDetail={(r) =>
          open?.id !== r.id ? null : open.kind === "cancel" ? (
            <CancelConfirm request={r} onClose={close} />
          ) : (
            <RevokeForm request={r} onClose={close} />
          )
        }
      />
      {query.data?.nextCursor ? (
        <p className="mt-1 text-xs text-muted">
          The first {items.length} are shown: narrow the filters or export.
        </p>
      ) : null}
    </div>
  );
}
