"use client";
// Service catalog queries and mutations for the browser; keys are prefixed ["services"].
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import type { CreateServiceInput, ServiceResponse, UpdateServiceInput } from "@/lib/services/schemas";
import type { Page } from "@/lib/api/pagination";

export type ServiceFilters = { q?: string; tier?: string };

export const serviceKeys = {
  all: ["services"] as const,
  list: (filters: ServiceFilters) => ["services", "list", filters] as const,
  detail: (slug: string) => ["services", "detail", slug] as const,
};

export function servicesSearchParams(filters: ServiceFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams(extra);
  if (filters.q) params.set("q", filters.q);
  if (filters.tier) params.set("tier", filters.tier);
  return params;
}

export function useServices(filters: ServiceFilters, initialData?: Page<ServiceResponse>) {
  return useQuery({
    queryKey: serviceKeys.list(filters),
    queryFn: () =>
      apiFetch<Page<ServiceResponse>>(
        `/api/services?${servicesSearchParams(filters, { limit: "200" }).toString()}`,
      ),
    initialData: !filters.q && !filters.tier ? initialData : undefined,
    placeholderData: keepPreviousData,
  });
}

export function useService(slug: string, initialData?: ServiceResponse) {
  return useQuery({
    queryKey: serviceKeys.detail(slug),
    queryFn: () => apiFetch<ServiceResponse>(`/api/services/${slug}`),
    initialData,
  });
}

export function useCreateService() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateServiceInput; idempotencyKey: string }) =>
      apiFetch<ServiceResponse>("/api/services", { method: "POST", json: input, idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

export function useUpdateService(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateServiceInput) =>
      apiFetch<ServiceResponse>(`/api/services/${slug}`, { method: "PATCH", json: input }),
    onSuccess: (service) => {
      client.setQueryData(serviceKeys.detail(slug), service);
      return client.invalidateQueries({ queryKey: ["services", "list"] });
    },
  });
}
