"use client";
// Security queue queries and mutations for the browser; keys are prefixed ["security"]. Triage sends the
// version it read; a 409 refetches, so the page can say "changed by someone else" over fresh data.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type { CountedPage } from "@/lib/api/counted-page";
import type { Page } from "@/lib/api/pagination";
import type { SecurityEventResponse, UpdateSecurityEventInput } from "@/lib/security/schemas";

export type SecurityFilters = {
  type?: string;
  severity?: string;
  investigated?: string;
  resolved?: string;
  rule?: string;
  q?: string;
  from?: string;
  to?: string;
};

export const SECURITY_REFRESH_MS = 10_000;

export const securityKeys = {
  all: ["security"] as const,
  list: (filters: SecurityFilters) => ["security", "list", filters] as const,
  detail: (id: string) => ["security", "detail", id] as const,
};

export function securitySearchParams(filters: SecurityFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params;
}

export function useSecurityEvents(
  filters: SecurityFilters,
  initialData?: CountedPage<SecurityEventResponse>,
) {
  return useQuery({
    queryKey: securityKeys.list(filters),
    queryFn: () =>
      apiFetch<CountedPage<SecurityEventResponse>>(
        `/api/security-events?${securitySearchParams(filters, { limit: "200" }).toString()}`,
      ),
    initialData,
    placeholderData: keepPreviousData,
    refetchInterval: SECURITY_REFRESH_MS,
  });
}

export function useSecurityEvent(id: string, initialData?: SecurityEventResponse) {
  return useQuery({
    queryKey: securityKeys.detail(id),
    queryFn: () => apiFetch<SecurityEventResponse>(`/api/security-events/${id}`),
    initialData,
    refetchInterval: SECURITY_REFRESH_MS,
  });
}

// Every event since `from` (up to MAX_CHART_EVENTS, newest first), for the per-day chart. Null `from`
// (not yet in the browser) waits.
export const MAX_CHART_EVENTS = 1000;

export function useRecentSecurityEvents(from: string | null) {
  return useQuery({
    queryKey: ["security", "recent", from] as const,
    enabled: from !== null,
    queryFn: async () => {
      const items: SecurityEventResponse[] = [];
      let cursor: string | null = null;
      do {
        const params = securitySearchParams(
          { from: from ?? undefined },
          { limit: "200", ...(cursor ? { cursor } : {}) },
        );
        const page: Page<SecurityEventResponse> = await apiFetch<Page<SecurityEventResponse>>(
          `/api/security-events?${params.toString()}`,
        );
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < MAX_CHART_EVENTS);
      return { items, isTruncated: cursor !== null };
    },
    refetchInterval: 60_000,
  });
}

function useSecurityWrite<I>(request: (input: I) => Promise<SecurityEventResponse>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (saved) => {
      client.setQueryData(securityKeys.detail(saved.id), saved);
      return client.invalidateQueries({ queryKey: securityKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.isConflict || error.status === 422))
        void client.invalidateQueries({ queryKey: securityKeys.all });
    },
  });
}

// Keyed by event, so the queue's row buttons and the event page share it.
export function useUpdateSecurityEvent() {
  return useSecurityWrite(({ id, ...input }: UpdateSecurityEventInput & { id: string }) =>
    apiFetch<SecurityEventResponse>(`/api/security-events/${id}`, { method: "PATCH", json: input }),
  );
}

export function useEscalateSecurityEvent() {
  return useSecurityWrite(({ id, version }: { id: string; version: number }) =>
    apiFetch<SecurityEventResponse>(`/api/security-events/${id}/escalate`, {
      method: "POST",
      json: { version },
    }),
  );
}
