"use client";
import type { RefObject } from "react";
import { UpdateForm } from "@/app/(portal)/incidents/[key]/_components/update-form";
import { UpdateList } from "@/app/(portal)/incidents/[key]/_components/update-list";
import { useIsClient } from "@/components/ui/use-is-client";
import { SectionCard } from "@/components/ui/section-card";
import { KeyHint } from "@/components/ui/shortcuts";
import { SkeletonRows } from "@/components/ui/states";
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
    <SectionCard
      title="Communication updates"
      aside={
        canPost ? (
          <span className="text-xs text-muted">
            <KeyHint shortcut="u" /> to write one
          </span>
        ) : null
      }
      className={className}
    >
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
    </SectionCard>
  );
}
