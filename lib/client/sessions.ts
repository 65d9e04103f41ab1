"use client";
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import type { EndedSessionsResponse } from "@/lib/auth/sessions-schemas";

/** "Sign out everywhere": ends every browser session of the caller, this one included. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => apiFetch<EndedSessionsResponse>("/api/me/sessions", { method: "DELETE" }),
  });
}
