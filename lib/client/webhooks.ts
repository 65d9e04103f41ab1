"use client";
// Team webhooks (subscriptions) and their delivery logs in the browser; keys are prefixed ["webhooks"].
// The secret is in the create and rotate answers only: it is shown from the mutation's result and never
// put in the cache. Edits send the version they read; a 409 refetches the webhook.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Page } from "@/lib/api/pagination";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type {
  CreateWebhookInput,
  DeliveryResponse,
  resendResponse,
  UpdateWebhookInput,
  webhookListResponse,
  WebhookResponse,
} from "@/lib/webhooks/schemas";

export type WebhookList = z.infer<typeof webhookListResponse>;
export type WebhookEventInfo = WebhookList["events"][number];
/** The create and rotate answers: `secret` is there the one time it is shown. */
export type WebhookWithSecret = WebhookResponse & { secret?: string };
export type DeliveryStatus = DeliveryResponse["status"];
export type ResendAnswer = z.infer<typeof resendResponse>;

export const webhookKeys = {
  all: ["webhooks"] as const,
  list: () => ["webhooks", "list"] as const,
  detail: (id: string) => ["webhooks", "detail", id] as const,
  deliveries: (id: string, status: string) => ["webhooks", "deliveries", id, status] as const,
};

// Deliveries move by the second while retries are due; otherwise a slower poll keeps an open page honest.
const BUSY_POLL_MS = 3_000;
const QUIET_POLL_MS = 5_000;
const LIST_POLL_MS = 15_000;

export function useWebhooks(initialData?: WebhookList) {
  return useQuery({
    queryKey: webhookKeys.list(),
    queryFn: () => apiFetch<WebhookList>("/api/webhooks"),
    initialData,
    refetchInterval: LIST_POLL_MS,
  });
}

export function useWebhook(id: string, initialData?: WebhookResponse) {
  return useQuery({
    queryKey: webhookKeys.detail(id),
    queryFn: () => apiFetch<WebhookResponse>(`/api/webhooks/${id}`),
    initialData,
    refetchInterval: LIST_POLL_MS,
  });
}

/** The delivery log, newest first, filtered by `status` ("" for all), older pages on demand. */
export function useWebhookDeliveries(id: string, status: string) {
  return useInfiniteQuery({
    queryKey: webhookKeys.deliveries(id, status),
    initialPageParam: "",
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: "50" });
      if (status) params.set("status", status);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<Page<DeliveryResponse>>(`/api/webhooks/${id}/deliveries?${params.toString()}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((d) => d.status === "PENDING"))
        ? BUSY_POLL_MS
        : QUIET_POLL_MS,
  });
}

export function useCreateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWebhookInput) =>
      apiFetch<WebhookWithSecret>("/api/webhooks", { method: "POST", json: input }),
    onSuccess: ({ secret: _secret, ...webhook }) => {
      client.setQueryData(webhookKeys.detail(webhook.id), webhook);
      return client.invalidateQueries({ queryKey: webhookKeys.list() });
    },
  });
}

export function useUpdateWebhook(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWebhookInput) =>
      apiFetch<WebhookWithSecret>(`/api/webhooks/${id}`, { method: "PATCH", json: input }),
    onSuccess: ({ secret: _secret, ...webhook }) => {
      client.setQueryData(webhookKeys.detail(id), webhook);
      return client.invalidateQueries({ queryKey: webhookKeys.list() });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: webhookKeys.detail(id) });
    },
  });
}

export function useDeleteWebhook(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiFetch<void>(`/api/webhooks/${id}?version=${version}`, { method: "DELETE" }),
    onSuccess: () => {
      client.removeQueries({ queryKey: webhookKeys.detail(id) });
      return client.invalidateQueries({ queryKey: webhookKeys.list() });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: webhookKeys.detail(id) });
    },
  });
}

/** Resend by hand: the answer is the delivery after this attempt (or still pending when queued). */
export function useResendWebhookDelivery(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiFetch<ResendAnswer>(`/api/webhooks/${id}/deliveries/${deliveryId}/resend`, { method: "POST" }),
    onSettled: () => client.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
