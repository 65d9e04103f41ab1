"use client";
// Access request queries and mutations for the browser; keys are prefixed ["access"]. A decision,
// cancel or revoke puts the answer in the detail cache and invalidates every list (queue, expiring,
// mine, all), so a decided request leaves the queue at once.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type { CountedPage } from "@/lib/api/counted-page";
import type {
  AccessDecisionInput,
  AccessRequestResponse,
  CreateAccessRequestInput,
} from "@/lib/access/schemas";

export type AccessFilters = {
  status?: string;
  accessType?: string;
  mine?: string;
  expiringWithinDays?: string;
  inForce?: string;
  q?: string;
};

// A grant can end any second (its expiry job), and a decision elsewhere should show soon.
export const ACCESS_REFRESH_MS = 5000;

export const accessKeys = {
  all: ["access"] as const,
  list: (filters: AccessFilters) => ["access", "list", filters] as const,
  detail: (id: string) => ["access", "detail", id] as const,
};

export function accessSearchParams(filters: AccessFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params;
}

export function useAccessRequests(filters: AccessFilters, initialData?: CountedPage<AccessRequestResponse>) {
  return useQuery({
    queryKey: accessKeys.list(filters),
    queryFn: () =>
      apiFetch<CountedPage<AccessRequestResponse>>(
        `/api/access-requests?${accessSearchParams(filters, { limit: "200" }).toString()}`,
      ),
    initialData,
    placeholderData: keepPreviousData,
    refetchInterval: ACCESS_REFRESH_MS,
  });
}

export function useAccessRequest(id: string, initialData?: AccessRequestResponse) {
  return useQuery({
    queryKey: accessKeys.detail(id),
    queryFn: () => apiFetch<AccessRequestResponse>(`/api/access-requests/${id}`),
    initialData,
    refetchInterval: ACCESS_REFRESH_MS,
  });
}

function useAccessWrite<I>(request: (input: I) => Promise<AccessRequestResponse>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (saved) => {
      client.setQueryData(accessKeys.detail(saved.id), saved);
      return client.invalidateQueries({ queryKey: accessKeys.all });
    },
    // A stale version (409) or a request that moved on (422) is shown against fresh data.
    onError: (error) => {
      if (error instanceof ApiError && (error.isConflict || error.status === 422))
        void client.invalidateQueries({ queryKey: accessKeys.all });
    },
  });
}

export function useCreateAccessRequest() {
  return useAccessWrite(
    ({ input, idempotencyKey }: { input: CreateAccessRequestInput; idempotencyKey: string }) =>
      apiFetch<AccessRequestResponse>("/api/access-requests", {
        method: "POST",
        json: input,
        idempotencyKey,
      }),
  );
}

// Keyed by request, so one hook serves a whole queue of cards.
export function useDecideAccessRequest() {
  return useAccessWrite(
    ({
      id,
      ...input
    }: { id: string } & Partial<AccessDecisionInput> & Pick<AccessDecisionInput, "decision">) =>
      apiFetch<AccessRequestResponse>(`/api/access-requests/${id}/decision`, { method: "POST", json: input }),
  );
}

export function useCancelAccessRequest() {
  return useAccessWrite(({ id, version }: { id: string; version: number }) =>
    apiFetch<AccessRequestResponse>(`/api/access-requests/${id}/cancel`, {
      method: "POST",
      json: { version },
    }),
  );
}

export function useRevokeAccessGrant() {
  return useAccessWrite(({ id, version, reason }: { id: string; version: number; reason: string }) =>
    apiFetch<AccessRequestResponse>(`/api/access-requests/${id}/revoke`, {
      method: "POST",
      json: { version, reason },
    }),
  );
}
