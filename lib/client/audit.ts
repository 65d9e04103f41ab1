"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import type { Page } from "@/lib/api/pagination";
import type { AuditRecordResponse } from "@/lib/audit/schemas";

export type AuditFilters = { entityType?: string; actor?: string; action?: string };

export function auditSearchParams(filters: AuditFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params;
}

export function useAuditLog(filters: AuditFilters, initial?: Page<AuditRecordResponse>) {
  const unfiltered = !filters.entityType && !filters.actor && !filters.action;
  return useInfiniteQuery({
    queryKey: ["audit", filters],
    initialPageParam: "",
    queryFn: ({ pageParam }) =>
      apiFetch<Page<AuditRecordResponse>>(
        `/api/audit-log?${auditSearchParams(filters, { limit: "100", ...(pageParam ? { cursor: pageParam } : {}) }).toString()}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: unfiltered && initial ? { pages: [initial], pageParams: [""] } : undefined,
  });
}
