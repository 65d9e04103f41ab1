import Link from "next/link";
import { Panel } from "@/components/ui/panel";
import type { ChangeResponse } from "@/lib/changes/schemas";
import { STATUS_LABELS } from "@/lib/incidents/lifecycle";

// Incidents whose responders linked this change as their cause.
export function LinkedIncidents({
  incidents,
  className,
}: {
  incidents: ChangeResponse["linkedIncidents"];
  className?: string;
}) {
  return (
    <Panel title={`Incidents caused (${incidents.length})`} testId="linked-incidents" className={className}>
      {incidents.length === 0 ? (
        <p className="text-sm text-muted">No incident is linked to this change.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {incidents.map((i) => (
            <li key={i.key} className="flex gap-2">
              <span className="font-mono text-xs font-bold text-danger">{i.severity}</span>
              <Link href={`/incidents/${i.key}`} className="font-mono text-xs font-semibold hover:underline">
                {i.key}
              </Link>
              <span className="min-w-0 flex-1 truncate" title={i.title}>
                {i.title}
              </span>
              <span className="text-xs text-muted">{STATUS_LABELS[i.status]}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
