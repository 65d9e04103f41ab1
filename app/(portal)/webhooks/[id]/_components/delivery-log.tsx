"use client";
// A team webhook's delivery log, newest first, filtered by status in the URL (?status=FAILED): a row
// opens its attempts (a click, or j/k and Enter), managers resend one and see what came of it.
import { useState } from "react";
import { deliveryColumns } from "@/app/(portal)/webhooks/[id]/_components/delivery-columns";
import { AttemptList } from "@/app/(portal)/webhooks/_components/attempt-list";
import {
  DELIVERY_STATUS_LABELS,
  DELIVERY_STATUSES,
  resendText,
} from "@/app/(portal)/webhooks/_components/delivery-words";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { menuFilter, optionsOf } from "@/components/ui/filter-fields";
import { KeyLegend } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { TitledSection } from "@/components/ui/titled-section";
import { fieldNames, type FilterField } from "@/components/ui/url-filters";
import { UrlFilterBar } from "@/components/ui/url-filter-bar";
import { useListKeys } from "@/components/ui/use-list-keys";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { useResendWebhookDelivery, useWebhookDeliveries } from "@/lib/client/webhooks";
import type { DeliveryResponse } from "@/lib/webhooks/schemas";

const FIELDS: FilterField<"status">[] = [
  menuFilter("status", "status", optionsOf(DELIVERY_STATUSES, DELIVERY_STATUS_LABELS), {
    kind: "segmented",
    any: "All",
  }),
];
const NAMES = fieldNames(FIELDS);

export function DeliveryLog({ webhookId, canResend }: { webhookId: string; canResend: boolean }) {
  const url = useUrlFilters(NAMES);
  const status = DELIVERY_STATUSES.find((s) => s === url.filters.status) ?? "";
  const query = useWebhookDeliveries(webhookId, status);
  const resend = useResendWebhookDelivery(webhookId);
  const [open, setOpen] = useState<string | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const toggle = (d: DeliveryResponse) => setOpen((o) => (o === d.id ? null : d.id));
  const { selected, setSelected } = useListKeys(rows.length, (i) => toggle(rows[i]!));

  const onResend = (d: DeliveryResponse) => {
    setResending(d.id);
    resend.mutate(d.id, { onSettled: () => setResending(null) });
  };

  return (
    <TitledSection title="Delivery log">
      <UrlFilterBar label="Filter the delivery log" fields={FIELDS} url={url} />
      <div className="flex flex-wrap items-center gap-3">
        <KeyLegend />
        {query.isFetching && !query.isPending ? (
          <Spinner label="Refreshing the delivery log" className="text-muted" />
        ) : null}
      </div>
      <p role="status" className="text-sm text-success empty:hidden" data-testid="resend-result">
        {resend.data && !resend.isPending ? resendText(resend.data.delivery) : null}
      </p>
      <ActionError error={resend.error} testId="resend-error" />
      <DataTable
        label="Deliveries"
        columns={deliveryColumns({ open, onResend: canResend ? onResend : undefined, resending })}
        rows={rows}
        rowKey={(d) => d.id}
        rowTestId="delivery-row"
        rowAttributes={(d) => ({ "data-id": d.id, "data-status": d.status })}
        rowClassName={() => "cursor-pointer"}
        selectedIndex={selected}
        onSelectIndex={setSelected}
        onRowClick={toggle}
        isLoading={query.isPending}
        error={
          query.error && !query.data
            ? {
                title: "The delivery log could not be loaded",
                detail: query.error.message,
                onRetry: () => void query.refetch(),
              }
            : null
        }
        empty={
          status
            ? {
                title: `No ${DELIVERY_STATUS_LABELS[status].toLowerCase()} deliveries`,
                description: "Choose All to see every delivery.",
              }
            : {
                title: "Nothing sent yet",
                description:
                  "A delivery shows here, with each attempt, as soon as one of this webhook's events happens.",
              }
        }
        rowDetail={(d) => (open === d.id ? <AttemptList delivery={d} /> : null)}
      />
      {query.hasNextPage ? (
        <div className="flex justify-center">
          <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? <Spinner label="Loading older deliveries" /> : null} Load older
            deliveries
          </Button>
        </div>
      ) : null}
    </TitledSection>
  );
}
