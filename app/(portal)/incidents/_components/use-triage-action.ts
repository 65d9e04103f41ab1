"use client";
// Acknowledge / take from the queue. The incident travels in the mutation's variables instead of being
// bound when the hook is called (as useUpdateIncident(key) is): with j/k the selection can move while a
// request is in flight, and a rebound hook would file one incident's response under another's key.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Page } from "@/lib/api/pagination";
import { apiFetch } from "@/lib/client/api-client";
import { incidentKeys } from "@/lib/client/incidents";
import type { IncidentResponse, UpdateIncidentInput } from "@/lib/incidents/schemas";

export type TriageKind = "ack" | "take";
export type TriageVars = { incident: IncidentResponse; kind: TriageKind };
type Me = { id: string; name: string };
type Callbacks = {
  onError: (error: Error, vars: TriageVars) => void;
  onSuccess: (incident: IncidentResponse, vars: TriageVars) => void;
};

const LIST_PREFIX = ["incidents", "list"] as const;

function optimistic({ incident, kind }: TriageVars, me: Me): IncidentResponse {
  const mine = { id: me.id, name: me.name };
  if (kind === "take") return { ...incident, assignedTo: mine };
  // Acknowledging an unowned incident takes it on the server too.
  return {
    ...incident,
    status: "IN_PROGRESS",
    acknowledgedAt: incident.acknowledgedAt ?? new Date().toISOString(),
    assignedTo: incident.assignedTo ?? mine,
  };
}

export function useTriageAction(me: Me, callbacks: Callbacks) {
  const client = useQueryClient();

  const replaceInLists = (key: string, next: IncidentResponse) =>
    client.setQueriesData<Page<IncidentResponse>>({ queryKey: LIST_PREFIX }, (page) =>
      page ? { ...page, items: page.items.map((i) => (i.key === key ? next : i)) } : page,
    );

  return useMutation({
    mutationFn: ({ incident, kind }: TriageVars) => {
      const input: UpdateIncidentInput =
        kind === "ack"
          ? { version: incident.version, status: "IN_PROGRESS" }
          : { version: incident.version, assignedTo: me.id };
      return apiFetch<IncidentResponse>(`/api/incidents/${encodeURIComponent(incident.key)}`, {
        method: "PATCH",
        json: input,
      });
    },
    onMutate: async (vars) => {
      // A poll landing after this would put the old row back until the next one.
      await client.cancelQueries({ queryKey: LIST_PREFIX });
      const snapshot = client.getQueriesData<Page<IncidentResponse>>({ queryKey: LIST_PREFIX });
      replaceInLists(vars.incident.key, optimistic(vars, me));
      return { snapshot };
    },
    onError: (error, vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data);
      callbacks.onError(error, vars);
    },
    onSuccess: (incident, vars) => {
      // The new version is in the lists at once, so a second action right after does not hit a 409.
      replaceInLists(incident.key, incident);
      client.setQueryData(incidentKeys.detail(incident.key), incident);
      callbacks.onSuccess(incident, vars);
    },
    onSettled: () => client.invalidateQueries({ queryKey: incidentKeys.all }),
  });
}
