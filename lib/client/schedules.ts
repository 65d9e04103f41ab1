"use client";
// On-call schedule queries and mutations for the browser; keys are prefixed ["schedules"]. An override
// or a feed token moves the schedule's version, so those writes refresh the schedule with everything
// computed from it (who is on call, the timeline).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type {
  CreateOverrideInput,
  CreateScheduleInput,
  feedResponse,
  onCallResponse,
  OverrideResponse,
  ScheduleResponse,
  timelineResponse,
  UpdateScheduleInput,
} from "@/lib/oncall/api-schemas";

export type OnCallNow = z.infer<typeof onCallResponse>;
export type Timeline = z.infer<typeof timelineResponse>;
export type FeedAnswer = z.infer<typeof feedResponse>;
/** The create answer carries the calendar feed's URL, the one time it is shown. */
export type ScheduleWithFeed = ScheduleResponse & { feedUrl?: string };

export const scheduleKeys = {
  all: ["schedules"] as const,
  list: () => ["schedules", "list"] as const,
  detail: (id: string) => ["schedules", "detail", id] as const,
  /** Everything computed from one schedule: on call, timeline, overrides. */
  computed: (id: string) => ["schedules", "computed", id] as const,
  onCall: (id: string, at: string) => ["schedules", "computed", id, "on-call", at] as const,
  timeline: (id: string, from: string, to: string) =>
    ["schedules", "computed", id, "timeline", from, to] as const,
  overrides: (id: string) => ["schedules", "computed", id, "overrides"] as const,
};

// Who is on call changes at handoffs: a minute's poll keeps an open page honest.
const ON_CALL_POLL_MS = 60_000;

export function useSchedules(initialData?: { items: ScheduleResponse[] }) {
  return useQuery({
    queryKey: scheduleKeys.list(),
    queryFn: () => apiFetch<{ items: ScheduleResponse[] }>("/api/schedules"),
    initialData,
  });
}

export function useSchedule(id: string, initialData?: ScheduleResponse) {
  return useQuery({
    queryKey: scheduleKeys.detail(id),
    queryFn: () => apiFetch<ScheduleResponse>(`/api/schedules/${id}`),
    initialData,
  });
}

/** Who is on call at `at` (an ISO instant; pass one rounded to the minute so pages share the answer). */
export function useOnCall(id: string, at: string | null) {
  return useQuery({
    queryKey: scheduleKeys.onCall(id, at ?? ""),
    queryFn: () => apiFetch<OnCallNow>(`/api/schedules/${id}/on-call?at=${encodeURIComponent(at!)}`),
    enabled: at !== null,
    refetchInterval: ON_CALL_POLL_MS,
  });
}

/** The final schedule over [from, to) (at most 92 days). */
export function useTimeline(id: string, range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: scheduleKeys.timeline(id, range?.from ?? "", range?.to ?? ""),
    queryFn: () =>
      apiFetch<Timeline>(
        `/api/schedules/${id}/timeline?from=${encodeURIComponent(range!.from)}&to=${encodeURIComponent(range!.to)}`,
      ),
    enabled: range !== null,
    placeholderData: (previous) => previous,
  });
}

export function useOverrides(id: string) {
  return useQuery({
    queryKey: scheduleKeys.overrides(id),
    queryFn: () => apiFetch<{ items: OverrideResponse[] }>(`/api/schedules/${id}/overrides`),
  });
}

export function useCreateSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateScheduleInput) =>
      apiFetch<ScheduleWithFeed>("/api/schedules", { method: "POST", json: input }),
    onSuccess: ({ feedUrl: _feedUrl, ...schedule }) => {
      // The cache never holds the feed's token: it is shown from the mutation's answer only.
      client.setQueryData(scheduleKeys.detail(schedule.id), schedule);
      return client.invalidateQueries({ queryKey: scheduleKeys.list() });
    },
  });
}

/** After a write that moved the schedule's version: the schedule, the list and what is computed from it. */
function refreshSchedule(client: ReturnType<typeof useQueryClient>, id: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: scheduleKeys.detail(id) }),
    client.invalidateQueries({ queryKey: scheduleKeys.list() }),
    client.invalidateQueries({ queryKey: scheduleKeys.computed(id) }),
  ]);
}

export function useUpdateSchedule(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateScheduleInput) =>
      apiFetch<ScheduleResponse>(`/api/schedules/${id}`, { method: "PATCH", json: input }),
    onSuccess: (schedule) => {
      client.setQueryData(scheduleKeys.detail(id), schedule);
      return refreshSchedule(client, id);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: scheduleKeys.detail(id) });
    },
  });
}

export function useCreateOverride(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOverrideInput) =>
      apiFetch<OverrideResponse & { scheduleVersion: number }>(`/api/schedules/${id}/overrides`, {
        method: "POST",
        json: input,
      }),
    onSettled: () => refreshSchedule(client, id),
  });
}

export function useDeleteOverride(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ overrideId, version }: { overrideId: string; version: number }) =>
      apiFetch<undefined>(`/api/schedules/${id}/overrides/${overrideId}?version=${version}`, {
        method: "DELETE",
      }),
    onSettled: () => refreshSchedule(client, id),
  });
}

/** A new calendar feed token (its URL shown once; the old one stops at once), or `revoke` to turn it off. */
export function useFeedToken(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; revoke: boolean }) =>
      apiFetch<FeedAnswer>(`/api/schedules/${id}/feed-token`, { method: "POST", json: input }),
    onSettled: () => refreshSchedule(client, id),
  });
}

/** A new link to the viewer's own on-call calendar (shown once; the old one stops), or "revoke". */
export function useMyCalendarFeed() {
  return useMutation({
    mutationFn: (action: "rotate" | "revoke") =>
      apiFetch<{ url: string | null }>("/api/me/calendar-feed-token", { method: "POST", json: { action } }),
  });
}
