"use client";
// Post-mortem prevention measures across incidents, earliest due first: what is still owed, and by whom.
// The view (not done / done) is in the URL like every list's filters.
import { useSyncExternalStore } from "react";
import {
  ACTION_STATUS_LABELS,
  actionItemColumns,
  isOverdue,
} from "@/app/(portal)/action-items/_components/action-item-columns";
import { DataTable } from "@/components/ui/data-table";
import { DismissibleAlert } from "@/components/ui/dismissible-alert";
import { ListTotal } from "@/components/ui/list-total";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/states";
import { menuFilter } from "@/components/ui/filter-fields";
import { fieldNames } from "@/components/ui/url-filters";
import { UrlFilterBar } from "@/components/ui/url-filter-bar";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { ApiError } from "@/lib/client/api-client";
import { useActionItems, useUpdateActionItem } from "@/lib/client/incidents";
import type { ActionItemResponse } from "@/lib/incidents/schemas";

const FIELDS = [
  menuFilter("view", "view", [{ value: "DONE", label: "Done" }], {
    kind: "segmented",
    label: "Show action items",
    any: "Not done",
    chipName: false,
  }),
];
const NAMES = fieldNames(FIELDS);

const noSubscribe = () => () => {};
const localToday = () => new Date().toLocaleDateString("en-CA"); // YYYY-MM-DD in the viewer's zone

type Props = { initial: ActionItemResponse[]; meId: string; canUpdate: boolean };

export function ActionItemList({ initial, meId, canUpdate }: Props) {
  const url = useUrlFilters(NAMES);
  const isDone = url.filters.view === "DONE";
  const query = useActionItems(isDone ? "DONE" : "NOT_DONE");
  // The server's read stands in until the first client fetch lands; it only covers the default view.
  const items = query.data ?? (isDone ? undefined : initial);
  // "Overdue" is judged in the viewer's time zone, which the server does not know: decided after hydration.
  const today = useSyncExternalStore(noSubscribe, localToday, () => null);
  const update = useUpdateActionItem();
  const pending = update.isPending ? update.variables : undefined;
  const failed = update.isError ? update.variables : undefined;
  const overdue = items ? items.filter((i) => isOverdue(i, today)).length : 0;

  const setStatus = (item: ActionItemResponse, status: ActionItemResponse["status"]) => {
    if (status !== item.status) update.mutate({ id: item.id, version: item.version, status });
  };

  return (
    <>
      <PageHeader
        title="Action items"
        description="Prevention measures from post-mortems, earliest due first."
      />
      <UrlFilterBar label="Filter action items" fields={FIELDS} url={url} />
      <div className="my-2 flex flex-wrap items-center gap-3">
        {query.isFetching && items ? <Spinner label="Refreshing" className="text-muted" /> : null}
        {query.isError && items ? (
          <span className="text-xs font-medium text-warning">Could not refresh: showing earlier data</span>
        ) : null}
        {overdue ? <span className="text-sm font-medium text-danger">{overdue} overdue</span> : null}
        <ListTotal className="ml-auto" total={items?.length} shown={items?.length ?? 0} noun="item" />
      </div>
      {update.error && failed ? (
        <DismissibleAlert onDismiss={() => update.reset()} className="mb-3">
          {update.error instanceof ApiError && update.error.isConflict
            ? `Someone else changed this action item after the list loaded, so it was not set to ${ACTION_STATUS_LABELS[failed.status]}. The list has been refreshed: set it again if still needed.`
            : `Could not set the action item to ${ACTION_STATUS_LABELS[failed.status]}: ${update.error.message}`}
        </DismissibleAlert>
      ) : null}
      <DataTable
        label="Action items"
        columns={actionItemColumns({ today, meId, canUpdate, pending, onStatus: setStatus })}
        rows={items ?? []}
        rowKey={(i) => i.id}
        rowTestId="action-item-row"
        rowAttributes={(i) => ({ "data-id": i.id, "data-overdue": String(isOverdue(i, today)) })}
        isLoading={!items}
        error={
          query.error && !items
            ? {
                title: "Action items could not be loaded",
                detail: query.error.message,
                onRetry: () => void query.refetch(),
              }
            : null
        }
        empty={
          isDone
            ? { title: "No completed action items yet", description: "Measures marked done show here." }
            : {
                title: "Nothing outstanding",
                description: "Every prevention measure from past post-mortems is done.",
              }
        }
      />
    </>
  );
}
