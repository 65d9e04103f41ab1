"use client";
// A critical or high event becomes a P1 security incident in one step; afterwards the incident is linked.
import Link from "next/link";
import { useState } from "react";
import { Siren } from "lucide-react";
import { ActionError } from "@/components/ui/action-error";
import { isEscalatable } from "@/app/(portal)/security/_components/security-labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import { useEscalateSecurityEvent } from "@/lib/client/security";
import { STATUS_LABELS } from "@/lib/incidents/lifecycle";
import type { SecurityEventResponse } from "@/lib/security/schemas";

export function EscalatePanel({ event }: { event: SecurityEventResponse }) {
  const escalate = useEscalateSecurityEvent();
  const [isConfirming, setConfirming] = useState(false);
  if (event.incident) {
    return (
      <p className="text-sm" data-testid="escalated-incident">
        Escalated to{" "}
        <Link
          href={`/incidents/${event.incident.key}`}
          className="font-mono font-semibold text-danger hover:underline"
        >
          {event.incident.key}
        </Link>{" "}
        <span className="text-muted">{event.incident.title}</span>{" "}
        <Badge>{STATUS_LABELS[event.incident.status]}</Badge>
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {!isEscalatable(event.severity) ? (
        <p className="text-sm text-muted">
          Only a critical or high severity event is escalated to a P1 incident.
        </p>
      ) : isConfirming ? (
        <div
          role="group"
          aria-label="Confirm escalation"
          className="flex flex-wrap items-center gap-2 text-sm"
          onKeyDown={(e) => e.key === "Escape" && setConfirming(false)}
        >
          <span>Open a P1 security incident now? It is escalated like any other P1.</span>
          <Button
            variant="danger"
            size="sm"
            autoFocus
            disabled={escalate.isPending}
            onClick={() =>
              escalate.mutate(
                { id: event.id, version: event.version },
                { onSettled: () => setConfirming(false) },
              )
            }
          >
            {escalate.isPending ? <Spinner label="Escalating" /> : <Siren aria-hidden className="size-3.5" />}
            Yes, open the P1
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
            No
          </Button>
        </div>
      ) : (
        <Button variant="danger" size="sm" onClick={() => (escalate.reset(), setConfirming(true))}>
          <Siren aria-hidden className="size-3.5" /> Escalate to P1 incident
        </Button>
      )}
      <ActionError error={escalate.error} testId="escalate-error" />
    </div>
  );
}
