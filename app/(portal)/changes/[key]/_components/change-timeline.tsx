"use client";
// The change's timeline: the kit's timeline with the change's event kinds.
import { ArrowRightLeft, FilePlus2, Pencil, RotateCcw, Send, Vote } from "lucide-react";
import { FALLBACK_KIND, Timeline, type TimelineKindStyle } from "@/components/ui/timeline";
import { useChangeTimeline } from "@/lib/client/changes";

const KINDS: Record<string, TimelineKindStyle> = {
  CREATED: { icon: FilePlus2, label: "Raised", tone: "text-accent bg-accent/10 border-accent/30" },
  EDITED: { icon: Pencil, label: "Edit", tone: "text-muted bg-surface-2 border-border" },
  SUBMITTED: { icon: Send, label: "Submitted", tone: "text-accent bg-accent/10 border-accent/30" },
  VOTE: { icon: Vote, label: "Vote", tone: "text-success bg-success/10 border-success/30" },
  STATUS_CHANGED: {
    icon: ArrowRightLeft,
    label: "Status",
    tone: "text-warning bg-warning/10 border-warning/30",
  },
  REAPPROVAL: {
    icon: RotateCcw,
    label: "Back for approval",
    tone: "text-warning bg-warning/10 border-warning/30",
  },
};

export function ChangeTimeline({ changeKey, className }: { changeKey: string; className?: string }) {
  return (
    <Timeline
      query={useChangeTimeline(changeKey)}
      testId="change-timeline"
      className={className}
      toEntry={(item) => ({ ...item, style: KINDS[item.kind] ?? FALLBACK_KIND })}
    />
  );
}
