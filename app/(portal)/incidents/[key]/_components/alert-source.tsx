"use client";
// "Opened by <integration> · N alerts · fired M times": an incident an alert opened says so under its title.
import Link from "next/link";
import { BellRing } from "lucide-react";
import { alertCountText } from "@/app/(portal)/incidents/_components/alert-display";
import type { IncidentResponse } from "@/lib/incidents/schemas";

export function AlertSource({ incident }: { incident: IncidentResponse }) {
  return (
    <p className="flex flex-wrap items-center gap-1.5 text-sm text-muted" data-testid="alert-source">
      <BellRing aria-hidden className="size-4 text-accent" />
      <span>
        Opened by{" "}
        {incident.integration ? (
          <Link
            href={`/integrations/${incident.integration.id}`}
            className="font-medium text-fg hover:underline"
          >
            {incident.integration.name}
          </Link>
        ) : (
          "an integration"
        )}{" "}
        · {alertCountText(incident.alertCount, incident.fireCount)}
      </span>
    </p>
  );
}
