"use client";
// The notification log in the browser (what the portal sent you, or everyone for ops managers and
// admins), one message with what it said, resending, and the test message; keys are prefixed
// ["notification-log"].
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Page } from "@/lib/api/pagination";
import type { NotificationDetailResponse } from "@/lib/api/routes/notification-log";
import { apiFetch } from "@/lib/client/api-client";
import type { testPageResponse } from "@/lib/webhooks/api-schemas";
import type { DeliveryResponse, resendResponse } from "@/lib/webhooks/schemas";

export type NotificationItem = DeliveryResponse;
export type NotificationDetail = NotificationDetailResponse;
export type NotificationChannel = DeliveryResponse["channel"];
export type TestAnswer = z.infer<typeof testPageResponse>;

export type NotificationLogFilters = { scope: "mine" | "all"; channel: string; status: string };

export const notificationLogKeys = {
  all: ["notification-log"] as const,
  list: (f: NotificationLogFilters) => ["notification-log", "list", f] as const,
  detail: (id: string) => ["notification-log", "detail", id] as const,
};

// A message just queued is sent within a second or two: poll fast while any is pending.
const BUSY_POLL_MS = 2_000;
const QUIET_POLL_MS = 15_000;

export function useNotificationLog(filters: NotificationLogFilters, initial?: Page<NotificationItem>) {
  const isDefault = filters.scope === "mine" && !filters.channel && !filters.status;
  return useInfiniteQuery({
    queryKey: notificationLogKeys.list(filters),
    initialPageParam: "",
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ scope: filters.scope, limit: "50" });
      if (filters.channel) params.set("channel", filters.channel);
      if (filters.status) params.set("status", filters.status);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<Page<NotificationItem>>(`/api/notification-deliveries?${params.toString()}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: isDefault && initial ? { pages: [initial], pageParams: [""] } : undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((d) => d.status === "PENDING"))
        ? BUSY_POLL_MS
        : QUIET_POLL_MS,
  });
}

/** What one message said (null: nothing selected); its status and attempts come with the list. */
export function useNotificationMessage(id: string | null) {
  return useQuery({
    queryKey: notificationLogKeys.detail(id ?? ""),
    queryFn: () => apiFetch<NotificationDetail>(`/api/notification-deliveries/${id}`),
    enabled: !!id,
    // What was sent never changes.
    staleTime: Infinity,
  });
}

export function useResendNotification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiFetch<z.infer<typeof resendResponse>>(`/api/notification-deliveries/${deliveryId}/resend`, {
        method: "POST",
      }),
    onSettled: () => client.invalidateQueries({ queryKey: notificationLogKeys.all }),
  });
}

/** "Send me a test message": one per channel you have set up; the log shows them as they go out. */
export function useSendTestMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<TestAnswer>("/api/me/notification-channels/test", { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationLogKeys.all }),
  });
}
