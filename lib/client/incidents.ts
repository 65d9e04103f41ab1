"use client";
// Incident queries and mutations for the browser; keys are prefixed ["incidents"].
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { LIVE_REFRESH_MS, livePollInterval } from "@/lib/client/live-updates";
import type { CountedPage } from "@/lib/api/counted-page";
import type {
  ActionItemResponse,
  CreateIncidentInput,
  CreateUpdateInput,
  IncidentResponse,
  IncidentUpdateResponse,
  PostmortemInput,
  TimelineItem,
  UpdateIncidentInput,
} from "@/lib/incidents/schemas";

export type IncidentFilters = {
  status?: string;
  severity?: string;
  service?: string;
  assignee?: string;
  q?: string;
  from?: string;
  to?: string;
  sla?: string;
  causedByChange?: string;
};

// Live queries are refetched when the tab's live update stream says their topic changed (lib/client/
// live-updates.ts), and poll every LIVE_REFRESH_MS while the stream is down.
export { LIVE_REFRESH_MS } from "@/lib/client/live-updates";

export const incidentKeys = {
  all: ["incidents"] as const,
  list: (filters: IncidentFilters) => ["incidents", "list", filters] as const,
  detail: (key: string) => ["incidents", "detail", key] as const,
  timeline: (key: string) => ["incidents", "timeline", key] as const,
  updates: (key: string) => ["incidents", "updates", key] as const,
  actionItems: (status: string) => ["incidents", "action-items", status] as const,
};

export function incidentSearchParams(filters: IncidentFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params;
}

export function useIncidents(filters: IncidentFilters, initialData?: CountedPage<IncidentResponse>) {
  return useQuery({
    queryKey: incidentKeys.list(filters),
    queryFn: () =>
      apiFetch<CountedPage<IncidentResponse>>(
        `/api/incidents?${incidentSearchParams(filters, { limit: "200" }).toString()}`,
      ),
    initialData,
    placeholderData: keepPreviousData,
    refetchInterval: livePollInterval,
    refetchIntervalInBackground: false,
  });
}

export function useIncident(key: string, initialData?: IncidentResponse) {
  return useQuery({
    queryKey: incidentKeys.detail(key),
    queryFn: () => apiFetch<IncidentResponse>(`/api/incidents/${key}`),
    initialData,
    refetchInterval: livePollInterval,
  });
}

export function useIncidentTimeline(key: string) {
  return useQuery({
    queryKey: incidentKeys.timeline(key),
    queryFn: async () => (await apiFetch<{ items: TimelineItem[] }>(`/api/incidents/${key}/timeline`)).items,
    refetchInterval: livePollInterval,
  });
}

export function useIncidentUpdates(key: string) {
  return useQuery({
    queryKey: incidentKeys.updates(key),
    queryFn: async () =>
      (await apiFetch<{ items: IncidentUpdateResponse[] }>(`/api/incidents/${key}/updates`)).items,
    refetchInterval: 5 * LIVE_REFRESH_MS,
  });
}

export function useCreateIncident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateIncidentInput; idempotencyKey: string }) =>
      apiFetch<IncidentResponse>("/api/incidents", { method: "POST", json: input, idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}

// Optimistic: the triager sees the change at once; a refusal (409, 422) rolls it back. Every field the
// request sets as it will be stored goes into the cache together, so what appears with the new status
// (the post-mortem form after Resolve, prefilled with the resolution) never sees half of the change.
export function optimisticIncident(previous: IncidentResponse, input: UpdateIncidentInput): IncidentResponse {
  const { status, title, description, impact, resolution, rootCause } = input;
  const stored = Object.fromEntries(
    Object.entries({ status, title, description, impact, resolution, rootCause }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  return { ...previous, ...stored };
}

export function useUpdateIncident(key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateIncidentInput) =>
      apiFetch<IncidentResponse>(`/api/incidents/${key}`, { method: "PATCH", json: input }),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: incidentKeys.detail(key) });
      const previous = client.getQueryData<IncidentResponse>(incidentKeys.detail(key));
      if (previous) client.setQueryData(incidentKeys.detail(key), optimisticIncident(previous, input));
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) client.setQueryData(incidentKeys.detail(key), context.previous);
    },
    onSuccess: (incident) => client.setQueryData(incidentKeys.detail(key), incident),
    onSettled: () => client.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}

export function usePostUpdate(key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateUpdateInput; idempotencyKey: string }) =>
      apiFetch<IncidentUpdateResponse>(`/api/incidents/${key}/updates`, {
        method: "POST",
        json: input,
        idempotencyKey,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}

export function useSavePostmortem(key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PostmortemInput) =>
      apiFetch<IncidentResponse>(`/api/incidents/${key}/postmortem`, { method: "PUT", json: input }),
    onSuccess: (incident) => {
      client.setQueryData(incidentKeys.detail(key), incident);
      return client.invalidateQueries({ queryKey: incidentKeys.all });
    },
  });
}

export function useActionItems(status = "NOT_DONE") {
  return useQuery({
    queryKey: incidentKeys.actionItems(status),
    queryFn: async () =>
      (await apiFetch<{ items: ActionItemResponse[] }>(`/api/action-items?status=${status}`)).items,
  });
}

export function useUpdateActionItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      status,
    }: {
      id: string;
      version: number;
      status: ActionItemResponse["status"];
    }) =>
      apiFetch<ActionItemResponse>(`/api/action-items/${id}`, { method: "PATCH", json: { version, status } }),
    onSettled: () => client.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}

export type UserSummary = { id: string; name: string; email: string; roles: string[] };

export function useUsers() {
  return useQuery({
    queryKey: ["users"],
    queryFn: async () => (await apiFetch<{ items: UserSummary[] }>("/api/users")).items,
    staleTime: 5 * 60_000,
  });
}
