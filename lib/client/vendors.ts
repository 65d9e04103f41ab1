"use client";
// Vendor queries and mutations for the browser; keys are prefixed ["vendors"]. Edits send the version
// they read; a 409 or 422 refetches, so the page can say "changed by someone else" over fresh data.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type {
  AssessmentResponse,
  CreateAssessmentInput,
  CreateVendorInput,
  UpdateVendorInput,
  VendorResponse,
} from "@/lib/vendors/schemas";

export type VendorFilters = {
  criticality?: string;
  action?: string;
  attention?: string;
  reviewOverdue?: string;
  q?: string;
};

export const vendorKeys = {
  all: ["vendors"] as const,
  list: (filters: VendorFilters) => ["vendors", "list", filters] as const,
  detail: (id: string) => ["vendors", "detail", id] as const,
  assessments: (id: string) => ["vendors", "assessments", id] as const,
};

export function vendorSearchParams(filters: VendorFilters) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return params;
}

export function useVendors(filters: VendorFilters, initialData?: { items: VendorResponse[] }) {
  return useQuery({
    queryKey: vendorKeys.list(filters),
    queryFn: () =>
      apiFetch<{ items: VendorResponse[] }>(`/api/vendors?${vendorSearchParams(filters).toString()}`),
    initialData,
    placeholderData: keepPreviousData,
  });
}

export function useVendor(id: string, initialData?: VendorResponse) {
  return useQuery({
    queryKey: vendorKeys.detail(id),
    queryFn: () => apiFetch<VendorResponse>(`/api/vendors/${id}`),
    initialData,
  });
}

export function useAssessments(id: string, initialData?: AssessmentResponse[]) {
  return useQuery({
    queryKey: vendorKeys.assessments(id),
    queryFn: async () =>
      (await apiFetch<{ items: AssessmentResponse[] }>(`/api/vendors/${id}/assessments`)).items,
    initialData,
  });
}

export function useCreateVendor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateVendorInput; idempotencyKey: string }) =>
      apiFetch<VendorResponse>("/api/vendors", { method: "POST", json: input, idempotencyKey }),
    onSuccess: (vendor) => {
      client.setQueryData(vendorKeys.detail(vendor.id), vendor);
      return client.invalidateQueries({ queryKey: ["vendors", "list"] });
    },
  });
}

export function useUpdateVendor(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateVendorInput) =>
      apiFetch<VendorResponse>(`/api/vendors/${id}`, { method: "PATCH", json: input }),
    onSuccess: (vendor) => {
      client.setQueryData(vendorKeys.detail(id), vendor);
      return client.invalidateQueries({ queryKey: vendorKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: vendorKeys.detail(id) });
    },
  });
}

// An assessment changes the vendor too (latest result, next review, version): everything is refetched.
export function useCreateAssessment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateAssessmentInput; idempotencyKey: string }) =>
      apiFetch<AssessmentResponse>(`/api/vendors/${id}/assessments`, {
        method: "POST",
        json: input,
        idempotencyKey,
      }),
    onSuccess: (assessment) => {
      client.setQueryData<AssessmentResponse[]>(vendorKeys.assessments(id), (items) => [
        assessment,
        ...(items ?? []).filter((a) => a.id !== assessment.id),
      ]);
      return client.invalidateQueries({ queryKey: vendorKeys.all });
    },
  });
}
