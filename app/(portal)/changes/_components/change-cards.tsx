// Phones: each change as a compact card (the table would need sideways scrolling to reach the status).
import Link from "next/link";
import { ChangeStatusBadge, RiskBadge } from "@/app/(portal)/changes/_components/change-badges";
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { formatUtcRange } from "@/app/(portal)/changes/_components/utc";
import type { ChangeSummary } from "@/lib/changes/schemas";

export function ChangeCards({ items }: { items: ChangeSummary[] }) {
  return (
    <ul aria-label="Changes" className="space-y-2">
      {items.map((c) => (
        <li key={c.key}>
          <Link
            href={`/changes/${c.key}`}
            className="block space-y-1 rounded-lg border border-border bg-surface p-2.5 hover:bg-surface-2"
          >
            <div className="flex flex-wrap items-center gap-1.5">
              <RiskBadge level={c.riskLevel} score={c.riskScore} />
              <span className="font-mono text-xs font-semibold">{c.key}</span>
              <ChangeStatusBadge status={c.status} />
            </div>
            <p className="font-medium break-words">{c.title}</p>
            <p className="font-mono text-xs text-muted">
              {formatUtcRange(c.plannedStart, c.plannedEnd)} · {ENVIRONMENT_LABELS[c.environment]} ·{" "}
              {c.services.join(", ")}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
