"use client";
// Post-mortem prevention measures across incidents, earliest due first: what is still owed, and by whom.
import { useState, useSyncExternalStore } from "react";
import { X } from "lucide-react";
import { ACTION_STATUS_LABELS, ActionItemRow } from "@/app/(portal)/action-items/_components/action-item-row";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, ErrorState, SkeletonRows, Spinner } from "@/components/ui/states";
import { ApiError } from "@/lib/client/api-client";
import { useActionItems, useUpdateActionItem } from "@/lib/client/incidents";
import type { ActionItemResponse } from "@/lib/incidents/schemas";

type View = "NOT_DONE" | "DONE";
const VIEWS: { value: View; label: string }[] = [
  { value: "NOT_DONE", label: "Not done" },
  { value: "DONE", label: "Done" },
];

const noSubscribe = () => () => {};
const localToday = () => new Date().toLocaleDateString("en-CA"); // YYYY-MM-DD in the viewer's zone

type Props = { initial: ActionItemResponse[]; meId: string; canUpdate: boolean };

export function ActionItemList({ initial, meId, canUpdate }: Props) {
  const [view, setView] = useState<View>("NOT_DONE");
  const query = useActionItems(view);
  // The server's read stands in until the first client fetch lands; it only covers the default view.
  const items = query.data ?? (view === "NOT_DONE" ? initial : undefined);
  // "Overdue" is judged in the viewer's time zone, which the server does not know: decided after hydration.
  const today = useSyncExternalStore(noSubscribe, localToday, () => null);
  const update = useUpdateActionItem();
  const pending = update.isPending ? update.variables : undefined;
  const failed = update.isError ? update.variables : undefined;
  const overdue = items && today ? items.filter((i) => i.status !== "DONE" && i.dueDate < today).length : 0;

  const setStatus = (item: ActionItemResponse, status: ActionItemResponse["status"]) => {
    if (status !== item.status) update.mutate({ id: item.id, version: item.version, status });
  };

  return (
    <>
      <PageHeader
        title="Action items"
        description="Prevention measures from post-mortems, earliest due first."
      />
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <div
          role="group"
          aria-label="Show action items"
          className="inline-flex rounded-md border border-border bg-surface p-0.5"
        >
          {VIEWS.map((v) => (
            <button
              key={v.value}
              type="button"
              aria-pressed={view === v.value}
              onClick={() => setView(v.value)}
              className={cn(
                "rounded px-3 py-1 text-sm",
                view === v.value
                  ? "bg-accent/15 font-medium text-accent"
                  : "text-muted hover:bg-surface-2 hover:text-fg",
              )}
            >
              {v.label}
            </button>
          ))}
        </div>
        {query.isFetching && items ? <Spinner label="Refreshing" className="text-muted" /> : null}
        {query.isError && items ? (
          <span className="text-xs font-medium text-warning">Could not refresh: showing earlier data</span>
        ) : null}
        {overdue ? <span className="text-sm font-medium text-danger">{overdue} overdue</span> : null}
        <span className="ml-auto text-xs text-muted">
          {items ? `${items.length} item${items.length === 1 ? "" : "s"}` : null}
        </span>
      </div>
      {update.error && failed ? (
        <div
          role="alert"
          className="mb-3 flex items-start gap-2 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger"
        >
          <span className="flex-1">
            {update.error instanceof ApiError && update.error.isConflict
              ? `Someone else changed this action item after the list loaded, so it was not set to ${ACTION_STATUS_LABELS[failed.status]}. The list has been refreshed: set it again if still needed.`
              : `Could not set the action item to ${ACTION_STATUS_LABELS[failed.status]}: ${update.error.message}`}
          </span>
          <button
            type="button"
            onClick={() => update.reset()}
            aria-label="Dismiss the error"
            className="rounded p-0.5 hover:bg-danger/10"
          >
            <X aria-hidden className="size-4" />
          </button>
        </div>
      ) : null}

      {query.error && !items ? (
        <ErrorState
          title="Action items could not be loaded"
          detail={query.error.message}
          action={
            <button className={buttonClass()} onClick={() => void query.refetch()}>
              Retry
            </button>
          }
        />
      ) : !items ? (
        <SkeletonRows columns={5} />
      ) : items.length === 0 ? (
        <EmptyState title={view === "DONE" ? "No completed action items yet" : "Nothing outstanding"}>
          {view === "DONE"
            ? "Measures marked done show here."
            : "Every prevention measure from past post-mortems is done."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-left text-sm" aria-label="Action items">
            <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
              <tr>
                {["Incident", "Measure", "Owner", "Due", "Status"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <ActionItemRow
                  key={item.id}
                  item={item}
                  today={today}
                  meId={meId}
                  canUpdate={canUpdate}
                  pendingStatus={pending?.id === item.id ? pending.status : undefined}
                  onStatus={setStatus}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
