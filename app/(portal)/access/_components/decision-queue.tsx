"use client";
// Requests waiting for security or an admin, oldest first: whoever waited longest is decided first.
import type { UseQueryResult } from "@tanstack/react-query";
import { QueueCard } from "@/app/(portal)/access/_components/queue-card";
import { LoadError } from "@/components/ui/load-error";
import { EmptyState, SkeletonRows } from "@/components/ui/states";
import type { Page } from "@/lib/api/pagination";
import type { AccessRequestResponse } from "@/lib/access/schemas";

export function DecisionQueue({
  query,
  viewerId,
}: {
  query: UseQueryResult<Page<AccessRequestResponse>>;
  viewerId: string;
}) {
  if (query.error && !query.data) {
    return (
      <LoadError
        title="The queue could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.isPending) return <SkeletonRows rows={3} columns={3} />;
  const items = [...(query.data?.items ?? [])].reverse();
  if (!items.length)
    return (
      <EmptyState title="Nothing waiting for a decision">New requests appear here within seconds.</EmptyState>
    );
  return (
    <div className="grid gap-3 xl:grid-cols-2" data-testid="decision-queue">
      {items.map((r) => (
        <QueueCard key={r.id} request={r} viewerId={viewerId} />
      ))}
    </div>
  );
}
