"use client";
// A section fed by one query shows one of four things: why it could not load (with Retry), a skeleton
// while it loads, its empty state, or the data. Written once, so every section says it the same way.
import type { ReactNode } from "react";
import { LoadError } from "@/components/ui/load-error";
import { EmptyState, SkeletonRows } from "@/components/ui/states";

/** A TanStack query, as far as this uses it. */
type QueryLike = { error: Error | null; data?: unknown; isPending: boolean; refetch: () => unknown };

type Props = {
  query: QueryLike;
  /** "DR tests" gives "DR tests could not be loaded". */
  what: string;
  isEmpty: boolean;
  empty: { title: string; children?: ReactNode };
  children: ReactNode;
};

/**
 * @example <QueryStates query={q} what="Assessments" isEmpty={!items.length} empty={{ title: "Not assessed yet" }}>…</QueryStates>
 */
export function QueryStates({ query, what, isEmpty, empty, children }: Props) {
  // Data on screen stays there when a refresh fails.
  if (query.error && !query.data)
    return (
      <LoadError
        title={`${what} could not be loaded`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.isPending) return <SkeletonRows rows={3} columns={4} />;
  if (isEmpty) return <EmptyState title={empty.title}>{empty.children}</EmptyState>;
  return <>{children}</>;
}
