"use client";
// The change's timeline: the kit's timeline with the change's event kinds.
import { ArrowRightLeft, FilePlus2, Pencil, RotateCcw, Send, Vote } from "lucide-react";
import { Timeline } from "@/components/ui/timeline";
import { styleOfKind, timelineKind } from "@/components/ui/timeline-kind";
import { useChangeTimeline } from "@/lib/client/changes";

const KINDS = {
  CREATED: timelineKind(FilePlus2, "Raised", "accent"),
  EDITED: timelineKind(Pencil, "Edit", "neutral"),
  SUBMITTED: timelineKind(Send, "Submitted", "accent"),
  VOTE: timelineKind(Vote, "Vote", "success"),
  STATUS_CHANGED: timelineKind(ArrowRightLeft, "Status", "warning"),
  REAPPROVAL: timelineKind(RotateCcw, "Back for approval", "warning"),
};

export function ChangeTimeline({ changeKey, className }: { changeKey: string; className?: string }) {
  return (
    <Timeline
      query={useChangeTimeline(changeKey)}
      testId="change-timeline"
      className={className}
      toEntry={(item) => ({ ...item, style: styleOfKind(KINDS, item.kind) })}
    />
  );
}
