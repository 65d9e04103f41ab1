"use client";
// The incident page opened from a page's "Acknowledge" link (?ack=<token>): one button acknowledges
// through the signed, single-use link, still as the signed-in person. The server refuses a link that
// expired, was sent to someone else, belongs to another incident or was used; its words are shown.
// After success the token leaves the address bar, so a reload does not try it again.
import { useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BellRing, CheckCircle2 } from "lucide-react";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import { apiFetch } from "@/lib/client/api-client";
import { incidentKeys } from "@/lib/client/incidents";
import type { IncidentResponse } from "@/lib/incidents/schemas";

export function AckLinkBanner({ incidentKey }: { incidentKey: string }) {
  const token = useSearchParams().get("ack");
  const pathname = usePathname();
  const client = useQueryClient();
  const [isDone, setDone] = useState(false);
  const ack = useMutation({
    mutationFn: (t: string) =>
      apiFetch<IncidentResponse>(`/api/incidents/${encodeURIComponent(incidentKey)}/acknowledge-link`, {
        method: "POST",
        json: { token: t },
      }),
    onSuccess: (incident) => {
      setDone(true);
      client.setQueryData(incidentKeys.detail(incidentKey), incident);
      const rest = new URLSearchParams(window.location.search);
      rest.delete("ack");
      const query = rest.toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
      return client.invalidateQueries({ queryKey: incidentKeys.all });
    },
  });

  if (isDone)
    return (
      <div
        role="status"
        data-testid="ack-link-banner"
        className="flex items-center gap-2 rounded-md border border-success/40 bg-success/10 px-3 py-2 text-sm"
      >
        <CheckCircle2 aria-hidden className="size-4 shrink-0 text-success" />
        <span>
          <strong>Acknowledged.</strong> {incidentKey} is in progress and the escalation stops paging.
        </span>
      </div>
    );
  if (!token) return null;

  return (
    <section
      aria-labelledby="ack-link-heading"
      data-testid="ack-link-banner"
      className="space-y-2 rounded-md border border-danger/40 bg-danger/5 px-3 py-2 text-sm"
    >
      <div className="flex flex-wrap items-center gap-3">
        <BellRing aria-hidden className="size-4 shrink-0 text-danger" />
        <h2 id="ack-link-heading" className="min-w-0 flex-1">
          This page was sent to you: <strong>Acknowledge {incidentKey} now?</strong>
        </h2>
        <Button variant="primary" disabled={ack.isPending} onClick={() => ack.mutate(token)}>
          {ack.isPending ? <Spinner label="Acknowledging" /> : null} Acknowledge
        </Button>
      </div>
      <ActionError error={ack.error} testId="ack-link-error" />
    </section>
  );
}
