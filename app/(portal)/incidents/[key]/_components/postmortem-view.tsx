import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Instant } from "@/components/ui/time";
import type { ActionItemResponse, IncidentResponse } from "@/lib/incidents/schemas";

const ITEM_STATUS: Record<
  ActionItemResponse["status"],
  { label: string; tone: "neutral" | "warning" | "success" }
> = {
  OPEN: { label: "Open", tone: "neutral" },
  IN_PROGRESS: { label: "In progress", tone: "warning" },
  DONE: { label: "Done", tone: "success" },
};

export function PostmortemView({ incident }: { incident: IncidentResponse }) {
  return (
    <dl className="space-y-3">
      <Block label="Root cause">{incident.rootCause}</Block>
      <Block label="Resolution">{incident.resolution}</Block>
      <Block label="Lessons learned">{incident.lessonsLearned}</Block>
      <div>
        <dt className="text-xs text-muted uppercase">Prevention measures</dt>
        <dd className="mt-1">
          {incident.preventionMeasures.length ? (
            <ul className="divide-y divide-border rounded-md border border-border">
              {incident.preventionMeasures.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-2 px-3 py-1.5">
                  <span className="min-w-0 flex-1 break-words">{m.description}</span>
                  <span className="text-xs text-muted">
                    {m.owner.name} · due <Instant at={m.dueDate} zone="utc" dateOnly />
                  </span>
                  <Badge tone={ITEM_STATUS[m.status].tone}>{ITEM_STATUS[m.status].label}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-muted">None</span>
          )}
          <Link href="/action-items" className="mt-1 inline-block text-xs text-accent hover:underline">
            Track all action items
          </Link>
        </dd>
      </div>
      {incident.postmortemAt ? (
        <div className="text-xs text-muted">
          <dt className="inline">First written </dt>
          <dd className="inline">
            <Instant at={incident.postmortemAt} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function Block({ label, children }: { label: string; children: string | null }) {
  return (
    <div>
      <dt className="text-xs text-muted uppercase">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-wrap break-words">
        {children?.trim() ? children : <span className="text-muted">None recorded</span>}
      </dd>
    </div>
  );
}
