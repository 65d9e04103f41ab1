"use client";
// The action item list's columns. The status menu saves at once; "overdue" is judged in the viewer's
// time zone, so the caller passes today's date once it is known in the browser.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import type { ActionItemResponse } from "@/lib/incidents/schemas";

type Status = ActionItemResponse["status"];
export const ACTION_STATUS_LABELS: Record<Status, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};
const TONE = { OPEN: "neutral", IN_PROGRESS: "accent", DONE: "success" } as const satisfies Record<
  Status,
  string
>;

// Both are plain YYYY-MM-DD dates, so string order is date order.
export const isOverdue = (item: ActionItemResponse, today: string | null) =>
  today !== null && item.status !== "DONE" && item.dueDate < today;

type Options = {
  today: string | null;
  meId: string;
  canUpdate: boolean;
  pending: { id: string; status: Status } | undefined;
  onStatus: (item: ActionItemResponse, status: Status) => void;
};

export function actionItemColumns({
  today,
  meId,
  canUpdate,
  pending,
  onStatus,
}: Options): DataTableColumn<ActionItemResponse>[] {
  return [
    {
      id: "incident",
      header: "Incident",
      phone: "lead",
      className: "font-mono text-xs whitespace-nowrap md:px-3",
      cell: (item) => (
        <Link href={`/incidents/${item.incidentKey}`} className="font-semibold hover:underline">
          {item.incidentKey}
        </Link>
      ),
    },
    {
      id: "measure",
      header: "Measure",
      phone: "main",
      className: "whitespace-pre-wrap md:px-3",
      cell: (item) => item.description,
    },
    {
      id: "owner",
      header: "Owner",
      phone: "meta",
      phoneLabel: true,
      className: "whitespace-nowrap md:px-3",
      cell: (item) => (item.owner.id === meId ? <span className="font-semibold">You</span> : item.owner.name),
    },
    {
      id: "due",
      header: "Due",
      phone: "trail",
      className: (item) =>
        cn("whitespace-nowrap md:px-3", isOverdue(item, today) && "font-semibold text-danger"),
      cell: (item) => (
        <>
          <Instant at={item.dueDate} zone="utc" dateOnly />
          {isOverdue(item, today) ? <span className="ml-1 text-xs">overdue</span> : null}
        </>
      ),
    },
    {
      id: "status",
      header: "Status",
      phone: "actions",
      className: "md:px-3",
      cell: (item) => {
        if (!canUpdate) return <Badge tone={TONE[item.status]}>{ACTION_STATUS_LABELS[item.status]}</Badge>;
        const pendingStatus = pending?.id === item.id ? pending.status : undefined;
        return (
          <div className="flex items-center gap-2">
            <Select
              value={pendingStatus ?? item.status}
              disabled={pendingStatus !== undefined}
              onChange={(e) => onStatus(item, e.target.value as Status)}
              aria-label={`Status of the action item on ${item.incidentKey}: ${item.description.slice(0, 60)}`}
              className="h-8 w-36 max-md:h-11"
            >
              {(Object.keys(ACTION_STATUS_LABELS) as Status[]).map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
            {pendingStatus ? <Spinner label="Saving" className="text-muted" /> : null}
          </div>
        );
      },
    },
  ];
}
