// The handbook's incident notification template, rendered as markdown to copy or send.
import { SEVERITY_LABELS, type Severity } from "@/lib/incidents/sla";

const STATUS_WORDS: Record<string, string> = {
  OPEN: "Investigating",
  IN_PROGRESS: "Investigating",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};

export type NotificationInput = {
  key: string;
  severity: Severity;
  status: string;
  affectedServices: string[];
  impact: string;
  startedAt: Date;
  nextUpdateAt: Date | null;
  currentActions: string[];
  workaround: string | null;
  statusPageUrl?: string;
};

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function renderIncidentNotification(n: NotificationInput): string {
  const lines = [
    "## Incident Notification",
    "",
    `**Incident ID**: ${n.key}`,
    `**Severity**: ${SEVERITY_LABELS[n.severity]}`,
    `**Status**: ${STATUS_WORDS[n.status] ?? n.status}`,
    `**Affected Services**: ${n.affectedServices.length ? n.affectedServices.join(", ") : "None recorded"}`,
    `**Impact**: ${n.impact}`,
    `**Started**: ${utc(n.startedAt)}`,
    `**Next Update**: ${n.nextUpdateAt ? utc(n.nextUpdateAt) : "None planned"}`,
    "",
    "**Current Actions**:",
    ...(n.currentActions.length ? n.currentActions.map((a) => `- ${a}`) : ["- None recorded"]),
    "",
    `**Workaround**: ${n.workaround?.trim() ? n.workaround.trim() : "None available at this time"}`,
  ];
  if (n.statusPageUrl) lines.push("", `For updates, visit: ${n.statusPageUrl}`);
  return lines.join("\n");
}
