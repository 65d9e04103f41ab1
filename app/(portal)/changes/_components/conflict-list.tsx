// Other open changes planned over the same time on a common service.
import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { CHANGE_STATUS_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { InstantRange } from "@/components/ui/time";
import type { ChangeResponse } from "@/lib/changes/schemas";

export function ConflictList({ conflicts }: { conflicts: ChangeResponse["conflicts"] }) {
  if (conflicts.length === 0) return null;
  return (
    <div
      role="note"
      data-testid="conflicts"
      className="rounded-md border border-danger/40 bg-danger/5 px-3 py-2 text-sm"
    >
      <p className="flex items-center gap-1.5 font-medium text-danger">
        <AlertTriangle aria-hidden className="size-4" /> Conflicts with {conflicts.length} other change
        {conflicts.length === 1 ? "" : "s"}
      </p>
      <ul className="mt-1 space-y-0.5">
        {conflicts.map((c) => (
          <li key={c.key} className="flex flex-wrap gap-x-2">
            <Link href={`/changes/${c.key}`} className="font-mono text-xs font-semibold hover:underline">
              {c.key}
            </Link>
            <span className="min-w-0 truncate">{c.title}</span>
            <span className="font-mono text-xs text-muted">
              <InstantRange start={c.plannedStart} end={c.plannedEnd} zone="utc" /> · {c.services.join(", ")}{" "}
              · {CHANGE_STATUS_LABELS[c.status]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
