import {
  ArrowRightLeft,
  BellRing,
  Boxes,
  FileText,
  Gauge,
  GitPullRequestArrow,
  Megaphone,
  Pencil,
  Siren,
  UserCheck,
} from "lucide-react";
import { FALLBACK_KIND, type TimelineKindStyle } from "@/components/ui/timeline";

type KindStyle = TimelineKindStyle;

// Colour says how much it matters when scanning at 3 a.m.: red escalations, amber severity, green progress.
export const TIMELINE_KINDS: Record<string, KindStyle> = {
  CREATED: { icon: Siren, label: "Reported", tone: "text-danger bg-danger/10 border-danger/30" },
  STATUS_CHANGED: {
    icon: ArrowRightLeft,
    label: "Status",
    tone: "text-accent bg-accent/10 border-accent/30",
  },
  SEVERITY_CHANGED: { icon: Gauge, label: "Severity", tone: "text-warning bg-warning/10 border-warning/30" },
  ASSIGNED: { icon: UserCheck, label: "Assignment", tone: "text-accent bg-accent/10 border-accent/30" },
  UPDATE_POSTED: { icon: Megaphone, label: "Update", tone: "text-success bg-success/10 border-success/30" },
  ESCALATED: { icon: BellRing, label: "Escalation", tone: "text-danger bg-danger/10 border-danger/30" },
  POSTMORTEM: { icon: FileText, label: "Post-mortem", tone: "text-success bg-success/10 border-success/30" },
  FIELD_CHANGED: { icon: Pencil, label: "Edit", tone: "text-muted bg-surface-2 border-border" },
  SERVICES_CHANGED: { icon: Boxes, label: "Services", tone: "text-muted bg-surface-2 border-border" },
  CHANGE_LINKED: {
    icon: GitPullRequestArrow,
    label: "Cause",
    tone: "text-warning bg-warning/10 border-warning/30",
  },
};

// The server may add kinds before the UI knows them; they still show, plainly.
export const timelineKind = (kind: string): KindStyle => TIMELINE_KINDS[kind] ?? FALLBACK_KIND;
