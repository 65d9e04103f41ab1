"use client";
// A list of requests with its loading, error and empty states.
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { AccessViewer } from "@/app/(portal)/access/_components/request-row";
import { RequestTable } from "@/app/(portal)/access/_components/request-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, ErrorState, SkeletonRows } from "@/components/ui/states";
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

export function RequestList({ query, label, viewer, empty, selected, onSelect, testId }: Props) {
  const items = query.data?.items ?? [];
  if (query.error && !query.data) {
    return (
      <ErrorState
        title={`${label} could not be loaded`}
        detail={query.error.message}
        action={
          <button className={buttonClass()} onClick={() => void query.refetch()}>
            Retry
          </button>
        }
      />
    );
  }
  if (query.isPending) return <SkeletonRows rows={4} columns={6} />;
  if (!items.length) {
    return (
      <div data-testid={testId}>
        <EmptyState title={empty.title} action={empty.action}>
          {empty.text}
        </EmptyState>
      </div>
    );
  }
  return (
    <>
      <RequestTable
        label={label}
        items={items}
        viewer={viewer}
        isStale={query.isPlaceholderData}
        selected={selected}
        onSelect={onSelect}
        testId={testId}
      />
      {query.data?.nextCursor ? (
        <p className="mt-1 text-xs text-muted">
          The first {items.length} are shown: narrow the filters or export.
        </p>
      ) : null}
    </>
  );
}
