"use client";
// Business function and DR test queries and mutations for the browser; keys are prefixed ["continuity"].
// A DR test changes its function's schedule and flags, so every write invalidates the whole prefix.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type {
  CompleteDrTestInput,
  CreateDrTestInput,
  CreateFunctionInput,
  DrTestResponse,
  FunctionResponse,
  UpdateFunctionInput,
} from "@/lib/continuity/schemas";

export const continuityKeys = {
  all: ["continuity"] as const,
  list: ["continuity", "list"] as const,
  detail: (id: string) => ["continuity", "detail", id] as const,
  drTests: (id: string) => ["continuity", "dr-tests", id] as const,
};

export function useFunctions(initialData?: { items: FunctionResponse[] }) {
  return useQuery({
    queryKey: continuityKeys.list,
    queryFn: () => apiFetch<{ items: FunctionResponse[] }>("/api/business-functions"),
    initialData,
  });
}

export function useFunction(id: string, initialData?: FunctionResponse) {
  return useQuery({
    queryKey: continuityKeys.detail(id),
    queryFn: () => apiFetch<FunctionResponse>(`/api/business-functions/${id}`),
    initialData,
  });
}

export function useDrTests(functionId: string, initialData?: DrTestResponse[]) {
  return useQuery({
    queryKey: continuityKeys.drTests(functionId),
    queryFn: async () =>
      (await apiFetch<{ items: DrTestResponse[] }>(`/api/business-functions/${functionId}/dr-tests`)).items,
    initialData,
  });
}

function useContinuityWrite<I, O>(request: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => client.invalidateQueries({ queryKey: continuityKeys.all }),
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: continuityKeys.all });
    },
  });
}

export function useCreateFunction() {
  return useContinuityWrite(
    ({ input, idempotencyKey }: { input: CreateFunctionInput; idempotencyKey: string }) =>
      apiFetch<FunctionResponse>("/api/business-functions", { method: "POST", json: input, idempotencyKey }),
  );
}

export function useUpdateFunction(id: string) {
  return useContinuityWrite((input: UpdateFunctionInput) =>
    apiFetch<FunctionResponse>(`/api/business-functions/${id}`, { method: "PATCH", json: input }),
  );
}

export function useCreateDrTest(functionId: string) {
  return useContinuityWrite(
    ({ input, idempotencyKey }: { input: CreateDrTestInput; idempotencyKey: string }) =>
      apiFetch<DrTestResponse>(`/api/business-functions/${functionId}/dr-tests`, {
        method: "POST",
        json: input,
        idempotencyKey,
      }),
  );
}

// Keyed by test, so one hook serves every planned test in the list.
export function useCompleteDrTest() {
  return useContinuityWrite(({ id, ...input }: CompleteDrTestInput & { id: string }) =>
    apiFetch<DrTestResponse>(`/api/dr-tests/${id}`, { method: "PATCH", json: input }),
  );
}
