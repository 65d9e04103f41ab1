"use client";
import { EventRow } from "@/app/(portal)/security/_components/event-row";
import { cn } from "@/components/ui/cn";
import type { SecurityEventResponse } from "@/lib/security/schemas";

type Props = {
  items: SecurityEventResponse[];
  selected: number;
  canTriage: boolean;
  isStale: boolean;
  busyId: string | undefined;
  onSelect: (index: number) => void;
  onMarkInvestigated: (event: SecurityEventResponse) => void;
};

export function EventTable({
  items,
  selected,
  canTriage,
  isStale,
  busyId,
  onSelect,
  onMarkInvestigated,
}: Props) {
  return (
    <div
      className={cn(
        "relative overflow-x-auto rounded-lg border border-border bg-surface transition-opacity",
        isStale && "opacity-60",
      )}
    >
      <table className="w-full text-left text-sm" aria-label="Security events" aria-busy={isStale}>
        <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="py-2 pr-2 pl-3 font-medium">
              Severity
            </th>
            <th scope="col" className="hidden px-2 py-2 font-medium sm:table-cell">
              When
            </th>
            <th scope="col" className="hidden px-2 py-2 font-medium xl:table-cell">
              Type
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              What · source · account
            </th>
            <th scope="col" className="hidden px-2 py-2 font-medium sm:table-cell">
              Triage
            </th>
            {canTriage ? (
              <th scope="col" className="hidden px-2 py-2 sm:table-cell">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((e, index) => (
            <EventRow
              key={e.id}
              event={e}
              index={index}
              isSelected={selected === index}
              canTriage={canTriage}
              isBusy={busyId === e.id}
              onSelect={onSelect}
              onMarkInvestigated={onMarkInvestigated}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
