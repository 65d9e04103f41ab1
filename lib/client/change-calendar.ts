"use client";
// The change calendar and freezes for the browser; keys sit under ["changes", "calendar"] so any change
// write (which invalidates ["changes"]) refreshes the calendar too.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "@/lib/client/api-client";
import type { calendarResponse, CreateFreezeInput, FreezeResponse } from "@/lib/changes/schemas";

export type ChangeCalendar = z.infer<typeof calendarResponse>;
export type CalendarChange = ChangeCalendar["changes"][number];
export type CalendarRange = { from: string; to: string; environment?: string };

export const calendarKeys = {
  all: ["changes", "calendar"] as const,
  range: (range: CalendarRange) => ["changes", "calendar", range] as const,
};

export function useChangeCalendar(range: CalendarRange) {
  return useQuery({
    queryKey: calendarKeys.range(range),
    queryFn: () => {
      const params = new URLSearchParams({ from: range.from, to: range.to });
      if (range.environment) params.set("environment", range.environment);
      return apiFetch<ChangeCalendar>(`/api/changes/calendar?${params.toString()}`);
    },
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function useCreateFreeze() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateFreezeInput; idempotencyKey: string }) =>
      apiFetch<FreezeResponse>("/api/change-freezes", { method: "POST", json: input, idempotencyKey }),
    // Freezes change window problems and gates of scheduled changes, not only the calendar.
    onSuccess: () => client.invalidateQueries({ queryKey: ["changes"] }),
  });
}

export function useDeleteFreeze() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiFetch<void>(`/api/change-freezes/${id}?version=${version}`, { method: "DELETE" }),
    onSettled: () => client.invalidateQueries({ queryKey: ["changes"] }),
  });
}

// Freezes overlapping a planned window, for the raise form's live "does it fit?" hint.
export function useFreezes(from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: [...calendarKeys.all, "freezes", from, to] as const,
    queryFn: async () =>
      (
        await apiFetch<{ items: FreezeResponse[] }>(
          `/api/change-freezes?${new URLSearchParams({ from: from!, to: to! }).toString()}`,
        )
      ).items,
    enabled: !!from && !!to && from < to,
    staleTime: 60_000,
  });
}
