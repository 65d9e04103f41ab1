"use client";
import Link from "next/link";
import { CriticalityBadge, ScheduleChips } from "@/app/(portal)/continuity/_components/continuity-badges";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { FlagBadges } from "@/app/(portal)/continuity/_components/function-flags";
import { LastTest } from "@/app/(portal)/continuity/_components/last-test";
import { cn } from "@/components/ui/cn";
import type { FunctionResponse } from "@/lib/continuity/schemas";

type Props = { items: FunctionResponse[]; selected: number; onSelect: (index: number) => void };

const HEADERS = ["Function", "Criticality", "RTO / RPO", "Depends on", "DR schedule", "Last test", "Flags"];

export function FunctionTable({ items, selected, onSelect }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-left text-sm" aria-label="Business functions">
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
          {items.map((f, index) => (
            <tr
              key={f.id}
              data-testid="function-row"
              data-id={f.id}
              data-row-index={index}
              aria-selected={selected === index}
              onMouseEnter={() => onSelect(index)}
              className={cn(
                "border-b border-border align-top last:border-0",
                selected === index ? "bg-accent/10" : "hover:bg-surface-2",
              )}
            >
              <td className="max-w-xs py-1.5 pr-2 pl-3">
                <Link href={`/continuity/${f.id}`} className="font-medium hover:underline">
                  {f.name}
                </Link>
                {f.description ? (
                  <div className="truncate text-xs text-muted" title={f.description}>
                    {f.description}
                  </div>
                ) : null}
              </td>
              <td className="px-2 py-1.5">
                <CriticalityBadge criticality={f.criticality} />
              </td>
              <td className="px-2 py-1.5 font-mono text-xs whitespace-nowrap">
                {hours(f.rtoHours)} / {hours(f.rpoHours)}
              </td>
              <td className="px-2 py-1.5 text-xs whitespace-nowrap">
                {f.dependencies.length}
                {f.slowDependencies.length ? (
                  <span className="font-semibold text-danger"> · {f.slowDependencies.length} slow</span>
                ) : null}
                {f.unknownRecovery.length ? (
                  <span className="text-muted"> · {f.unknownRecovery.length} unknown</span>
                ) : null}
              </td>
              <td className="px-2 py-1.5">
                <ScheduleChips schedule={f.drSchedule} />
              </td>
              <td className="px-2 py-1.5">
                <LastTest fn={f} />
              </td>
              <td className="px-2 py-1.5">
                <FlagBadges fn={f} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
