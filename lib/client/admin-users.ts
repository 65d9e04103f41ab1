"use client";
// People and their roles for admins; keys are prefixed ["admin-users"]. Each row saves with the version
// it read; a 409 refetches the list so the row shows what someone else saved.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiFetch } from "@/lib/client/api-client";
import type { ManagedUser, UpdateUserInput } from "@/lib/users/schemas";

export const adminUserKeys = { all: ["admin-users"] as const };

export function useManagedUsers(initialData?: ManagedUser[]) {
  return useQuery({
    queryKey: adminUserKeys.all,
    queryFn: async () => (await apiFetch<{ items: ManagedUser[] }>("/api/admin/users")).items,
    initialData,
  });
}

export function useUpdateManagedUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUserInput & { id: string }) =>
      apiFetch<ManagedUser>(`/api/admin/users/${id}`, { method: "PATCH", json: input }),
    onSuccess: (saved) => {
      client.setQueryData<ManagedUser[]>(adminUserKeys.all, (items) =>
        items?.map((u) => (u.id === saved.id ? saved : u)),
      );
      // Pickers elsewhere list active people with their roles.
      return client.invalidateQueries({ queryKey: ["users"] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict)
        void client.invalidateQueries({ queryKey: adminUserKeys.all });
    },
  });
}
