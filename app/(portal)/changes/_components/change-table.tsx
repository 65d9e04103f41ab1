"use client";
import Link from "next/link";
import { ChangeStatusBadge, RiskBadge } from "@/app/(portal)/changes/_components/change-badges";
import {
  CATEGORY_LABELS,
  ENVIRONMENT_LABELS,
  ROUTE_LABELS,
} from "@/app/(portal)/changes/_components/change-labels";
import { formatUtcRange } from "@/app/(portal)/changes/_components/utc";
import { cn } from "@/components/ui/cn";
import type { ChangeSummary } from "@/lib/changes/schemas";

type Props = {
  items: ChangeSummary[];
  selected: number;
  meId: string;
  isStale: boolean;
  onSelect: (index: number) => void;
};

const HEADERS = ["Risk", "Key", "Title · services", "Where", "Status", "Planned (UTC)", "People"];

export function ChangeTable({ items, selected, meId, isStale, onSelect }: Props) {
  return (
    <div
      className={cn(
        "overflow-x-auto rounded-lg border border-border bg-surface transition-opacity",
        isStale && "opacity-60",
      )}
    >
      <table className="w-full text-left text-sm" aria-label="Changes" aria-busy={isStale}>
        <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
          <tr>
            {HEADERS.map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-medium first:pl-3">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((c, index) => (
            <tr
              key={c.key}
              data-testid="change-row"
              data-key={c.key}
              data-row-index={index}
              aria-selected={selected === index}
              onMouseEnter={() => onSelect(index)}
              className={cn(
                "border-b border-border last:border-0",
                selected === index ? "bg-accent/10" : "hover:bg-surface-2",
              )}
            >
              <td className="py-1.5 pr-2 pl-3">
                <RiskBadge level={c.riskLevel} score={c.riskScore} />
              </td>
              <td className="px-2 py-1.5 font-mono text-xs whitespace-nowrap">
                <Link href={`/changes/${c.key}`} className="font-semibold hover:underline">
                  {c.key}
                </Link>
              </td>
              <td className="max-w-xs px-2 py-1.5 xl:max-w-sm">
                <div className="truncate font-medium" title={c.title}>
                  {c.title}
                </div>
                <div className="truncate font-mono text-xs text-muted">{c.services.join(", ")}</div>
              </td>
              <td className="px-2 py-1.5 text-xs whitespace-nowrap">
                <div className={cn(c.environment === "PRODUCTION" && "font-semibold")}>
                  {ENVIRONMENT_LABELS[c.environment]}
                </div>
                <div className="text-muted">
                  {CATEGORY_LABELS[c.category]}
                  {c.approvalRoute ? ` · ${ROUTE_LABELS[c.approvalRoute]}` : ""}
                </div>
              </td>
              <td className="px-2 py-1.5">
                <ChangeStatusBadge status={c.status} />
              </td>
              <td className="px-2 py-1.5 font-mono text-xs whitespace-nowrap">
                {formatUtcRange(c.plannedStart, c.plannedEnd)}
              </td>
              <td className="px-2 py-1.5 text-xs whitespace-nowrap">
                <div>{c.requestedBy.id === meId ? "You" : c.requestedBy.name}</div>
                {c.implementer ? (
                  <div className="text-muted">
                    impl. {c.implementer.id === meId ? "you" : c.implementer.name}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
