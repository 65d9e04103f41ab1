"use client";
// Integration (alert intake) queries and mutations for the browser; keys are prefixed ["integrations"].
// The incident page's alert and suspect-change panels live under ["incidents", …] so the live stream's
// incident refreshes reach them too.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type {
  CreateIntegrationInput,
  incidentAlertsResponse,
  integrationListResponse,
  IntegrationResponse,
  notificationLogResponse,
  suspectChangesResponse,
  UpdateIntegrationInput,
} from "@/lib/alerts/schemas";

export type IntegrationListItem = z.infer<typeof integrationListResponse>["items"][number];
export type NotificationLogItem = z.infer<typeof notificationLogResponse>["items"][number];
export type IncidentAlertGroup = z.infer<typeof incidentAlertsResponse>["items"][number];
export type SuspectChange = z.infer<typeof suspectChangesResponse>["items"][number];
/** The create and rotate answers carry the secret, the one time it is shown. */
export type IntegrationWithSecret = IntegrationResponse & { secret?: string };

export const integrationKeys = {
  all: ["integrations"] as const,
  list: () => ["integrations", "list"] as const,
  detail: (id: string) => ["integrations", "detail", id] as const,
  log: (id: string) => ["integrations", "log", id] as const,
  incidentAlerts: (key: string) => ["incidents", "alerts", key] as const,
  suspectChanges: (key: string) => ["incidents", "suspect-changes", key] as const,
};

// Counts and the log move as notifications arrive; a slow poll keeps an open page honest.
const INTAKE_POLL_MS = 15_000;

export function useIntegrations(initialData?: { items: IntegrationListItem[] }) {
  return useQuery({
    queryKey: integrationKeys.list(),
    queryFn: () => apiFetch<{ items: IntegrationListItem[] }>("/api/integrations"),
    initialData,
    refetchInterval: INTAKE_POLL_MS,
  });
}

export function useIntegration(id: string, initialData?: IntegrationResponse) {
  return useQuery({
    queryKey: integrationKeys.detail(id),
    queryFn: () => apiFetch<IntegrationResponse>(`/api/integrations/${id}`),
    initialData,
  });
}

export function useIntegrationLog(id: string) {
  return useQuery({
    queryKey: integrationKeys.log(id),
    queryFn: () => apiFetch<{ items: NotificationLogItem[] }>(`/api/integrations/${id}/notifications`),
    refetchInterval: INTAKE_POLL_MS,
  });
}

export function useCreateIntegration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateIntegrationInput) =>
      apiFetch<IntegrationWithSecret>("/api/integrations", { method: "POST", json: input }),
    onSuccess: ({ secret: _secret, ...integration }) => {
      // The cache never holds the secret: it is shown from the mutation's answer only.
      client.setQueryData(integrationKeys.detail(integration.id), integration);
      return client.invalidateQueries({ queryKey: integrationKeys.list() });
    },
  });
}

export function useUpdateIntegration(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateIntegrationInput) =>
      apiFetch<IntegrationWithSecret>(`/api/integrations/${id}`, { method: "PATCH", json: input }),
    onSuccess: ({ secret: _secret, ...integration }) => {
      client.setQueryData(integrationKeys.detail(id), integration);
      return client.invalidateQueries({ queryKey: integrationKeys.list() });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: integrationKeys.detail(id) });
    },
  });
}

/** "Send test alert": a sample notification through the intake path; the log and counts follow. */
export function useSendTestAlert(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ status: string; message?: string }>(`/api/integrations/${id}/test`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.all }),
  });
}

export function useIncidentAlerts(key: string, isEnabled: boolean) {
  return useQuery({
    queryKey: integrationKeys.incidentAlerts(key),
    queryFn: () => apiFetch<{ items: IncidentAlertGroup[] }>(`/api/incidents/${key}/alerts`),
    enabled: isEnabled,
  });
}

export function useSuspectChanges(key: string) {
  return useQuery({
    queryKey: integrationKeys.suspectChanges(key),
    queryFn: () => apiFetch<{ items: SuspectChange[] }>(`/api/incidents/${key}/suspect-changes`),
  });
}
