"use client";
import type { RefObject } from "react";
import { UpdateForm } from "@/app/(portal)/incidents/[key]/_components/update-form";
import { UpdateList } from "@/app/(portal)/incidents/[key]/_components/update-list";
import { useIsClient } from "@/components/ui/use-is-client";
import { cn } from "@/components/ui/cn";
import { Kbd, SkeletonRows } from "@/components/ui/states";
import type { IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  incident: IncidentResponse;
  canPost: boolean;
  impactRef: RefObject<HTMLTextAreaElement | null>;
  className?: string;
};

export function UpdatesSection({ incident, canPost, impactRef, className }: Props) {
  // The form's default "next update" is "now + …", which only the browser can know without a hydration mismatch.
  const isClient = useIsClient();
  return (
    <section
      aria-labelledby="updates-heading"
      className={cn("space-y-3 rounded-lg border border-border bg-surface p-3", className)}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="updates-heading" className="font-semibold">
          Communication updates
        </h2>
        {canPost ? (
          <span className="text-xs text-muted">
            <Kbd>u</Kbd> to write one
          </span>
        ) : null}
      </div>
      {canPost ? (
        isClient ? (
          <UpdateForm incident={incident} impactRef={impactRef} />
        ) : (
          <SkeletonRows rows={4} columns={1} />
        )
      ) : incident.status === "CLOSED" ? (
        <p className="text-sm text-muted">Closed incidents take no more updates.</p>
      ) : null}
      <UpdateList incidentKey={incident.key} />
    </section>
  );
}
