// Phones: each business function as a compact card with its flags up front.
import Link from "next/link";
import { CriticalityBadge, ScheduleChips } from "@/app/(portal)/continuity/_components/continuity-badges";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { FlagBadges } from "@/app/(portal)/continuity/_components/function-flags";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function FunctionCards({ items }: { items: FunctionResponse[] }) {
  return (
    <ul aria-label="Business functions" className="space-y-2">
      {items.map((f) => (
        <li key={f.id}>
          <Link
            href={`/continuity/${f.id}`}
            className="block space-y-1.5 rounded-lg border border-border bg-surface p-2.5 hover:bg-surface-2"
          >
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="font-medium">{f.name}</span>
              <CriticalityBadge criticality={f.criticality} />
              <span className="font-mono text-xs text-muted">
                RTO {hours(f.rtoHours)} · RPO {hours(f.rpoHours)}
              </span>
            </div>
            <FlagBadges fn={f} />
            <ScheduleChips schedule={f.drSchedule} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
