"use client";
// Escalation policies and your own notification channels in the browser; keys are prefixed
// ["escalation"]. Edits send the version they read; a 409 refetches, so the page can offer the latest copy.
// The schedules and people a policy names come with their own keys here (a policy page only needs their
// names), so they never collide with the on-call pages' cached schedules.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type {
  ChannelsResponse,
  CreatePolicyInput,
  PolicyResponse,
  putChannelsInput,
  PutChannelsInput,
  putChannelsResponse,
} from "@/lib/escalation/api-schemas";

/** One schedule or person a policy can name: enough to show and pick it. */
export type NamedTarget = { id: string; name: string };
/** The schedules and active people a policy's targets are chosen from. */
export type TargetDirectory = { schedules: NamedTarget[]; people: NamedTarget[] };

/** The channels answer after a save: `webhookSecret` is there only when one was created or rotated. */
export type SavedChannels = z.infer<typeof putChannelsResponse>;
/** What the settings page sends (before the schema's defaults: a field left out is not set up). */
export type ChannelsInput = z.input<typeof putChannelsInput>;

export const escalationKeys = {
  all: ["escalation"] as const,
  policies: () => ["escalation", "policies"] as const,
  policy: (id: string) => ["escalation", "policy", id] as const,
  schedules: () => ["escalation", "schedules"] as const,
  people: () => ["escalation", "people"] as const,
  myChannels: () => ["escalation", "my-channels"] as const,
};

export function usePolicies(initialData?: { items: PolicyResponse[] }) {
  return useQuery({
    queryKey: escalationKeys.policies(),
    queryFn: () => apiFetch<{ items: PolicyResponse[] }>("/api/escalation-policies"),
    initialData,
  });
}

export function usePolicy(id: string, initialData?: PolicyResponse) {
  return useQuery({
    queryKey: escalationKeys.policy(id),
    queryFn: () => apiFetch<PolicyResponse>(`/api/escalation-policies/${id}`),
    initialData,
  });
}

const DIRECTORY_STALE_MS = 5 * 60_000;

/** Schedules and active people by name, for the target pickers and for writing targets in words. */
export function useTargetDirectory(initial?: TargetDirectory) {
  const schedules = useQuery({
    queryKey: escalationKeys.schedules(),
    queryFn: async () =>
      (await apiFetch<{ items: NamedTarget[] }>("/api/schedules")).items.map(({ id, name }) => ({
        id,
        name,
      })),
    initialData: initial?.schedules,
    staleTime: DIRECTORY_STALE_MS,
  });
  const people = useQuery({
    queryKey: escalationKeys.people(),
    queryFn: async () =>
      (await apiFetch<{ items: NamedTarget[] }>("/api/users")).items.map(({ id, name }) => ({ id, name })),
    initialData: initial?.people,
    staleTime: DIRECTORY_STALE_MS,
  });
  return {
    directory: { schedules: schedules.data ?? [], people: people.data ?? [] } satisfies TargetDirectory,
    isPending: schedules.isPending || people.isPending,
    error: schedules.error ?? people.error,
  };
}

/**
 * Creates a policy. The route takes no Idempotency-Key (one policy per scope: a retry that lands twice
 * is refused with a 409 naming the scope), so the key the kit's add form hands over is not sent.
 */
export function useCreatePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input }: { input: CreatePolicyInput; idempotencyKey: string }) =>
      apiFetch<PolicyResponse>("/api/escalation-policies", { method: "POST", json: input }),
    onSuccess: (policy) => {
      client.setQueryData(escalationKeys.policy(policy.id), policy);
      return client.invalidateQueries({ queryKey: escalationKeys.policies() });
    },
  });
}

export type UpdatePolicyVariables = Partial<CreatePolicyInput> & { version: number };

export function useUpdatePolicy(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePolicyVariables) =>
      apiFetch<PolicyResponse>(`/api/escalation-policies/${id}`, { method: "PATCH", json: input }),
    onSuccess: (policy) => {
      client.setQueryData(escalationKeys.policy(id), policy);
      return client.invalidateQueries({ queryKey: escalationKeys.policies() });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: escalationKeys.policy(id) });
    },
  });
}

export function useMyChannels(initialData?: ChannelsResponse) {
  return useQuery({
    queryKey: escalationKeys.myChannels(),
    queryFn: () => apiFetch<ChannelsResponse>("/api/me/notification-channels"),
    initialData,
  });
}

/** Saves your channels; the answer's `webhookSecret` is shown from the mutation only, never cached. */
export function useSaveMyChannels() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelsInput | PutChannelsInput) =>
      apiFetch<SavedChannels>("/api/me/notification-channels", { method: "PUT", json: input }),
    onSuccess: ({ webhookSecret: _secret, ...saved }) => {
      client.setQueryData(escalationKeys.myChannels(), saved);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: escalationKeys.myChannels() });
    },
  });
}
