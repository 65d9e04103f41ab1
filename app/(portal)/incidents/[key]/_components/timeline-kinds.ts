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
import { timelineKind } from "@/components/ui/timeline-kind";

// Colour says how much it matters when scanning at 3 a.m.: red escalations, amber severity, green progress.
export const TIMELINE_KINDS = {
  CREATED: timelineKind(Siren, "Reported", "danger"),
  STATUS_CHANGED: timelineKind(ArrowRightLeft, "Status", "accent"),
  SEVERITY_CHANGED: timelineKind(Gauge, "Severity", "warning"),
  ASSIGNED: timelineKind(UserCheck, "Assignment", "accent"),
  UPDATE_POSTED: timelineKind(Megaphone, "Update", "success"),
  ESCALATED: timelineKind(BellRing, "Escalation", "danger"),
  POSTMORTEM: timelineKind(FileText, "Post-mortem", "success"),
  FIELD_CHANGED: timelineKind(Pencil, "Edit", "neutral"),
  SERVICES_CHANGED: timelineKind(Boxes, "Services", "neutral"),
  CHANGE_LINKED: timelineKind(GitPullRequestArrow, "Cause", "warning"),
};
