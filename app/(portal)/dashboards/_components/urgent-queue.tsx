"use client";
// The open incidents by SLA urgency: the triage queue's own columns (cards on a phone, countdown in view),
// read-only here: triage happens on the queue.
import { incidentColumns, incidentRowClassName } from "@/app/(portal)/incidents/_components/incident-columns";
import { rowSlaState } from "@/app/(portal)/incidents/_components/queue-sla";
import { DataTable } from "@/components/ui/data-table";
import type { IncidentResponse } from "@/lib/incidents/schemas";

const READ_ONLY = { canUpdate: false, busyKey: undefined, onAction: () => undefined };

export function UrgentQueue({ items, now, meId }: { items: IncidentResponse[]; now: number; meId: string }) {
  return (
    <DataTable
      label="Open incidents by SLA urgency"
      columns={incidentColumns({ now, meId, ...READ_ONLY })}
      rows={items}
      rowKey={(i) => i.key}
      rowTestId="incident-row"
      rowAttributes={(i) => ({ "data-key": i.key, "data-sla": rowSlaState(i, now) })}
      rowClassName={(i, _index, isSelected) => incidentRowClassName(i, now, isSelected, false)}
      empty={{
        title: "No open incidents",
        description: "All quiet. A new report shows here within seconds.",
      }}
    />
  );
}
