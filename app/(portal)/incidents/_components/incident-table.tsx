"use client";
import { IncidentRow } from "@/app/(portal)/incidents/_components/incident-row";
import type { TriageKind } from "@/app/(portal)/incidents/_components/use-triage-action";
import { cn } from "@/components/ui/cn";
import type { IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  items: IncidentResponse[];
  selected: number;
  now: number;
  meId: string;
  canUpdate: boolean;
  isStale: boolean;
  busyKey: string | undefined;
  onSelect: (index: number) => void;
  onAction: (incident: IncidentResponse, kind: TriageKind) => void;
};

export function IncidentTable({ items, selected, now, meId, canUpdate, isStale, busyKey, onSelect, onAction }: Props) {
  return (
    <div className={cn("overflow-x-auto rounded-lg border border-border bg-surface transition-opacity", isStale && "opacity-60")}>
      <table className="w-full text-left text-sm" aria-label="Incidents" aria-busy={isStale}>
        <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="py-2 pr-2 pl-3 font-medium">
              Sev
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Key
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Title · services
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Assignee
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              SLA
            </th>
            {canUpdate ? (
              <th scope="col" className="px-2 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((incident, index) => (
            <IncidentRow
              key={incident.key}
              incident={incident}
              index={index}
              isSelected={selected === index}
              now={now}
              meId={meId}
              canUpdate={canUpdate}
              isBusy={busyKey === incident.key}
              onSelect={onSelect}
              onAction={onAction}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
