"use client";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
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

const formatDue = (date: string) =>
  new Date(`${date}T00:00:00`).toLocaleDateString(undefined, {
    year: "numeric",
    month: "short",
    day: "2-digit",
  });

type Props = {
  item: ActionItemResponse;
  today: string | null;
  meId: string;
  canUpdate: boolean;
  pendingStatus: Status | undefined;
  onStatus: (item: ActionItemResponse, status: Status) => void;
};

export function ActionItemRow({ item, today, meId, canUpdate, pendingStatus, onStatus }: Props) {
  // Both are plain YYYY-MM-DD dates, so string order is date order.
  const isOverdue = today !== null && item.status !== "DONE" && item.dueDate < today;
  const status = pendingStatus ?? item.status;
  return (
    <tr
      data-testid="action-item-row"
      data-id={item.id}
      data-overdue={isOverdue}
      className="border-b border-border last:border-0 hover:bg-surface-2"
    >
      <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">
        <Link href={`/incidents/${item.incidentKey}`} className="font-semibold hover:underline">
          {item.incidentKey}
        </Link>
      </td>
      <td className="px-3 py-2 whitespace-pre-wrap">{item.description}</td>
      <td className="px-3 py-2 whitespace-nowrap">
        {item.owner.id === meId ? <span className="font-semibold">You</span> : item.owner.name}
      </td>
      <td className={cn("px-3 py-2 whitespace-nowrap", isOverdue && "font-semibold text-danger")}>
        <time dateTime={item.dueDate}>{formatDue(item.dueDate)}</time>
        {isOverdue ? <span className="ml-1 text-xs">overdue</span> : null}
      </td>
      <td className="px-3 py-2">
        {canUpdate ? (
          <div className="flex items-center gap-2">
            <Select
              value={status}
              disabled={pendingStatus !== undefined}
              onChange={(e) => onStatus(item, e.target.value as Status)}
              aria-label={`Status of the action item on ${item.incidentKey}: ${item.description.slice(0, 60)}`}
              className="h-8 w-36"
            >
              {(Object.keys(ACTION_STATUS_LABELS) as Status[]).map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
            {pendingStatus ? <Spinner label="Saving" className="text-muted" /> : null}
          </div>
        ) : (
          <Badge tone={TONE[item.status]}>{ACTION_STATUS_LABELS[item.status]}</Badge>
        )}
      </td>
    </tr>
  );
}
