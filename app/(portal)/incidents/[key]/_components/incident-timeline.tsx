"use client";
// The incident's timeline: the kit's timeline with the incident's event kinds.
import { timelineKind } from "@/app/(portal)/incidents/[key]/_components/timeline-kinds";
import { Timeline } from "@/components/ui/timeline";
import { useIncidentTimeline } from "@/lib/client/incidents";

export function IncidentTimeline({ incidentKey, className }: { incidentKey: string; className?: string }) {
  return (
    <Timeline
      query={useIncidentTimeline(incidentKey)}
      testId="incident-timeline"
      className={className}
      toEntry={(item) => ({ ...item, style: timelineKind(item.kind) })}
    />
  );
}
