"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import type { NotificationResponse } from "@/lib/notifications/schemas";

export const notificationKeys = { all: ["notifications"] as const };

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => apiFetch<{ unread: number; items: NotificationResponse[] }>("/api/notifications"),
    refetchInterval: 10_000,
  });
}

export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { ids?: string[]; all?: boolean }) =>
      apiFetch<{ marked: number }>("/api/notifications/read", { method: "POST", json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
