// What happened to a request, oldest first: asked, each decision, granted or denied, and how it ended.
import { formatUtc } from "@/app/(portal)/access/_components/utc";
import { cn } from "@/components/ui/cn";
import { Time } from "@/components/ui/time";
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
      text: `${a.approver.name} ${a.decision === "APPROVE" ? "approved" : "denied"}${a.expiresAt ? `, until ${formatUtc(a.expiresAt)}` : ""}`,
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
            text: `Granted${r.expiresAt ? ` until ${formatUtc(r.expiresAt)}` : ""}`,
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

const DOT = { muted: "bg-muted", success: "bg-success", danger: "bg-danger", warning: "bg-warning" };

export function AccessHistory({ request }: { request: AccessRequestResponse }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-border bg-surface p-3">
      <h2 id="history-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        History
      </h2>
      <ol className="space-y-2" data-testid="access-history">
        {historyOf(request).map((e, i) => (
          <li key={`${e.at}-${i}`} className="flex gap-2 text-sm">
            <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", DOT[e.tone])} />
            <div className="min-w-0">
              <p>{e.text}</p>
              {e.detail ? <p className="break-words whitespace-pre-wrap text-muted">“{e.detail}”</p> : null}
              <p className="text-xs text-muted">
                <Time iso={e.at} />
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
