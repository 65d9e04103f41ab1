"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import type { TokenResponse } from "@/lib/tokens/schemas";

export const tokenKeys = { all: ["tokens"] as const };

export type CreatedToken = { id: string; name: string; token: string; expiresAt: string | null };

export function useTokens(initialData?: TokenResponse[]) {
  return useQuery({
    queryKey: tokenKeys.all,
    queryFn: async () => (await apiFetch<{ items: TokenResponse[] }>("/api/tokens")).items,
    initialData,
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresAt: string | null }) =>
      apiFetch<CreatedToken>("/api/tokens", { method: "POST", json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/tokens/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
