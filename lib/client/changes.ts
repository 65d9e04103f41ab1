"use client";
// Change queries and mutations for the browser; keys are prefixed ["changes"]. Every write sends the
// version it read, and every success invalidates the whole prefix (list, board, calendar, detail).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "@/lib/client/api-client";
import type { CountedPage } from "@/lib/api/counted-page";
import type {
  changeMetricsResponse,
  changeTimelineResponse,
  ChangeResponse,
  ChangeSummary,
  CreateChangeInput,
  gateResponse,
  TransitionInput,
  UpdateChangeInput,
  VoteInput,
} from "@/lib/changes/schemas";

export type ChangeFilters = {
  status?: string;
  category?: string;
  environment?: string;
  riskLevel?: string;
  mine?: string;
  q?: string;
  finishedFrom?: string;
  finishedTo?: string;
  outcome?: string;
};
export type ChangeMetrics = z.infer<typeof changeMetricsResponse>;
export type ChangeTimelineItem = z.infer<typeof changeTimelineResponse>["items"][number];
export type GateVerdict = z.infer<typeof gateResponse>;

// Changes move slower than incidents; a reviewer's vote still shows within a few seconds.
const REFRESH_MS = 5000;

export const changeKeys = {
  all: ["changes"] as const,
  list: (filters: ChangeFilters) => ["changes", "list", filters] as const,
  detail: (key: string) => ["changes", "detail", key] as const,
  timeline: (key: string) => ["changes", "timeline", key] as const,
  gate: (key: string) => ["changes", "gate", key] as const,
  metrics: ["changes", "metrics"] as const,
  awaitingMyVote: ["changes", "awaiting-my-vote"] as const,
};

export function changeSearchParams(filters: ChangeFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params;
}

export function useChanges(filters: ChangeFilters, initialData?: CountedPage<ChangeSummary>) {
  return useQuery({
    queryKey: changeKeys.list(filters),
    queryFn: () =>
      apiFetch<CountedPage<ChangeSummary>>(
        `/api/changes?${changeSearchParams(filters, { limit: "200" }).toString()}`,
      ),
    initialData,
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

export function useChange(key: string, initialData?: ChangeResponse) {
  return useQuery({
    queryKey: changeKeys.detail(key),
    queryFn: () => apiFetch<ChangeResponse>(`/api/changes/${key}`),
    initialData,
    refetchInterval: REFRESH_MS,
  });
}

export function useChangeTimeline(key: string) {
  return useQuery({
    queryKey: changeKeys.timeline(key),
    queryFn: async () =>
      (await apiFetch<{ items: ChangeTimelineItem[] }>(`/api/changes/${key}/timeline`)).items,
    refetchInterval: REFRESH_MS,
  });
}

// "May it deploy now?" changes with the clock as well as the data, so it is asked again every half minute.
export function useChangeGate(key: string) {
  return useQuery({
    queryKey: changeKeys.gate(key),
    queryFn: () => apiFetch<GateVerdict>(`/api/changes/${key}/gate`),
    refetchInterval: 30_000,
  });
}

export function useChangeMetrics(initialData?: ChangeMetrics) {
  return useQuery({
    queryKey: changeKeys.metrics,
    queryFn: () => apiFetch<ChangeMetrics>("/api/changes/metrics"),
    initialData,
    staleTime: 5 * 60_000,
  });
}

export function useAwaitingMyVote(initialData?: ChangeResponse[]) {
  return useQuery({
    queryKey: changeKeys.awaitingMyVote,
    queryFn: async () => (await apiFetch<{ items: ChangeResponse[] }>("/api/changes/awaiting-my-vote")).items,
    initialData,
    refetchInterval: 2 * REFRESH_MS,
  });
}

function useChangeWrite<I>(request: (input: I) => Promise<ChangeResponse>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (change) => {
      client.setQueryData(changeKeys.detail(change.key), change);
      return client.invalidateQueries({ queryKey: changeKeys.all });
    },
  });
}

export function useCreateChange() {
  return useChangeWrite(({ input, idempotencyKey }: { input: CreateChangeInput; idempotencyKey: string }) =>
    apiFetch<ChangeResponse>("/api/changes", { method: "POST", json: input, idempotencyKey }),
  );
}

export function useUpdateChange(key: string) {
  return useChangeWrite((input: UpdateChangeInput) =>
    apiFetch<ChangeResponse>(`/api/changes/${key}`, { method: "PATCH", json: input }),
  );
}

export function useSubmitChange(key: string) {
  return useChangeWrite((version: number) =>
    apiFetch<ChangeResponse>(`/api/changes/${key}/submit`, { method: "POST", json: { version } }),
  );
}

export function useTransitionChange(key: string) {
  return useChangeWrite((input: TransitionInput) =>
    apiFetch<ChangeResponse>(`/api/changes/${key}/transitions`, { method: "POST", json: input }),
  );
}

// Keyed by change so one hook serves a whole board of cards. A vote counts once per round, so the card
// leaves the board at once rather than on the next refresh.
export function useVoteOnChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...input }: VoteInput & { key: string }) =>
      apiFetch<ChangeResponse>(`/api/changes/${key}/approvals`, { method: "POST", json: input }),
    onSuccess: (change) => {
      client.setQueryData(changeKeys.detail(change.key), change);
      client.setQueryData<ChangeResponse[]>(changeKeys.awaitingMyVote, (items) =>
        items?.filter((c) => c.key !== change.key),
      );
      return client.invalidateQueries({ queryKey: changeKeys.all });
    },
  });
}
