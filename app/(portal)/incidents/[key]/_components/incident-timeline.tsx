"use client";
// The incident's timeline: the kit's timeline with the incident's event kinds.
import { TIMELINE_KINDS } from "@/app/(portal)/incidents/[key]/_components/timeline-kinds";
import { Timeline } from "@/components/ui/timeline";
import { styleOfKind } from "@/components/ui/timeline-kind";
import { useIncidentTimeline } from "@/lib/client/incidents";

export function IncidentTimeline({ incidentKey, className }: { incidentKey: string; className?: string }) {
  return (
    <Timeline
      query={useIncidentTimeline(incidentKey)}
      testId="incident-timeline"
      className={className}
      toEntry={(item) => ({ ...item, style: styleOfKind(TIMELINE_KINDS, item.kind) })}
    />
  );
}
