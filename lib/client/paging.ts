// An incident's escalation (GET /api/incidents/{key}/paging), under ["incidents"] so a live update of any
// incident refreshes it (but beside the incident's own key, which optimistic updates rewrite); polled
// every 30 s as well, since steps come due with the clock alone.
import { useQuery } from "@tanstack/react-query";
import type { PagingResponse } from "@/lib/escalation/api-schemas";
import { apiFetch } from "@/lib/client/api-client";
import { incidentKeys } from "@/lib/client/incidents";

export type IncidentPaging = PagingResponse;

export function useIncidentPaging(key: string) {
  return useQuery({
    queryKey: [...incidentKeys.all, "paging", key] as const,
    queryFn: () => apiFetch<IncidentPaging>(`/api/incidents/${encodeURIComponent(key)}/paging`),
    refetchInterval: 30_000,
  });
}
