// What happened to a request, oldest first: asked, each decision, granted or denied, and how it ended.
import { formatInstant } from "@/components/ui/format-time";
import { Check, CircleDot, Clock, X } from "lucide-react";
import { Panel } from "@/components/ui/panel";
import { TimelineList, type TimelineEntry, type TimelineKindStyle } from "@/components/ui/timeline";
import type { AccessRequestResponse } from "@/lib/access/schemas";

type Entry = { at: string; text: string; detail?: string; tone: "muted" | "success" | "danger" | "warning" };

function historyOf(r: AccessRequestResponse): Entry[] {
  const forWhom = r.requestedFor.id === r.requestedBy.id ? "" : ` for ${r.requestedFor.name}`;
  const entries: Entry[] = [
    {
      at: r.createdAt,
      text: `${r.requestedBy.name} requested ${r.accessType} for ${r.durationDays} d${forWhom}`,
      tone: "muted",
    },
  ];
  for (const a of r.approvals) {
    entries.push({
      at: a.at,
      text: `${a.approver.name} ${a.decision === "APPROVE" ? "approved" : "denied"}${a.expiresAt ? `, until ${formatInstant(a.expiresAt, { zone: "utc", seconds: true })}` : ""}`,
      detail: a.comment || undefined,
      tone: a.decision === "APPROVE" ? "success" : "danger",
    });
  }
  if (r.decidedAt && r.status !== "PENDING" && r.status !== "CANCELLED") {
    entries.push(
      r.status === "DENIED"
        ? { at: r.decidedAt, text: "Denied", tone: "danger" }
        : {
            at: r.decidedAt,
            text: `Granted${r.expiresAt ? ` until ${formatInstant(r.expiresAt, { zone: "utc", seconds: true })}` : ""}`,
            tone: "success",
          },
    );
  }
  if (r.endedAt) {
    const text =
      r.status === "EXPIRED"
        ? "Expired"
        : r.status === "REVOKED"
          ? "Revoked"
          : r.status === "CANCELLED"
            ? "Cancelled by the requester"
            : "Ended";
    entries.push({
      at: r.endedAt,
      text,
      detail: r.status === "REVOKED" && r.endReason ? r.endReason : undefined,
      tone: r.status === "REVOKED" ? "danger" : "warning",
    });
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const TONES: Record<Entry["tone"], Omit<TimelineKindStyle, "label">> = {
  muted: { icon: CircleDot, tone: "text-muted bg-surface-2 border-border" },
  success: { icon: Check, tone: "text-success bg-success/10 border-success/30" },
  danger: { icon: X, tone: "text-danger bg-danger/10 border-danger/30" },
  warning: { icon: Clock, tone: "text-warning bg-warning/10 border-warning/30" },
};
const LABELS: Record<Entry["tone"], string> = {
  muted: "Request",
  success: "Approval",
  danger: "Refusal or revocation",
  warning: "End",
};

export function AccessHistory({ request }: { request: AccessRequestResponse }) {
  const entries: TimelineEntry[] = historyOf(request).map((e, i) => ({
    id: `${e.at}-${i}`,
    kind: e.tone,
    style: { ...TONES[e.tone], label: LABELS[e.tone] },
    summary: e.text,
    detail: e.detail,
    at: e.at,
  }));
  return (
    <Panel title="History">
      <TimelineList entries={entries} testId="access-history" />
    </Panel>
  );
}
