"use client";
// "Notifications sent": the notification log of what the portal sent you (ops managers and admins may
// switch to everyone's), filtered in the URL; a message opens beside the list as its recipient sees it
// (a click, or j/k and Enter). "Send me a test message" queues one per channel you have set up, and the
// list shows it going out; failed messages can be resent.
import { useRef, useState } from "react";
import { Send } from "lucide-react";
import { MessageView } from "@/app/(portal)/outbox/_components/message-view";
import { outboxColumns } from "@/app/(portal)/outbox/_components/outbox-columns";
import {
  OUTBOX_FILTER_NAMES,
  outboxFilterFields,
  toLogFilters,
} from "@/app/(portal)/outbox/_components/outbox-filter-fields";
import { CHANNEL_LABELS, resendText } from "@/app/(portal)/webhooks/_components/delivery-words";
import { ActionError } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { ShortcutButton } from "@/components/ui/shortcut-button";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { UrlFilterBar } from "@/components/ui/url-filter-bar";
import { useListKeys } from "@/components/ui/use-list-keys";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { Page } from "@/lib/api/pagination";
import {
  useNotificationLog,
  useResendNotification,
  useSendTestMessage,
  type NotificationItem,
  type TestAnswer,
} from "@/lib/client/notification-log";

const testText = (a: TestAnswer) =>
  `Sent you ${a.messages === 1 ? "a test message" : `${a.messages} test messages`} (${a.channels
    .map((c) => CHANNEL_LABELS[c].toLowerCase())
    .join(", ")}); ${a.messages === 1 ? "it shows" : "they show"} at the top of the list.`;

type Props = { initial: Page<NotificationItem>; canSeeEveryone: boolean };

export function OutboxView({ initial, canSeeEveryone }: Props) {
  const url = useUrlFilters(OUTBOX_FILTER_NAMES);
  const filters = toLogFilters(url.filters, canSeeEveryone);
  const query = useNotificationLog(filters, initial);
  const test = useSendTestMessage();
  const resend = useResendNotification();
  const [openId, setOpenId] = useState<string | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];

  const open = (d: NotificationItem) => {
    setOpenId(d.id);
    // Below the two-column width the message is under the list: bring it into view.
    if (window.matchMedia("(max-width: 1023px)").matches)
      requestAnimationFrame(() => viewRef.current?.scrollIntoView({ block: "start" }));
  };
  const { selected, setSelected } = useListKeys(rows.length, (i) => open(rows[i]!));
  const sendTest = () => {
    if (!test.isPending) test.mutate();
  };
  useShortcuts([{ key: "t", label: "Send me a test message", hint: "test", run: sendTest }]);

  const onResend = (d: NotificationItem) => {
    setResending(d.id);
    resend.mutate(d.id, { onSettled: () => setResending(null) });
  };

  return (
    <>
      <PageHeader
        title="Notifications sent"
        description="What the portal sent you — e-mail, chat, your webhook — with every attempt. Without an SMTP server, e-mail stops here, so you can read what would have been sent."
        actions={
          <ShortcutButton
            shortcut="t"
            variant="primary"
            disabled={test.isPending}
            onClick={sendTest}
            icon={test.isPending ? <Spinner label="Sending" /> : <Send aria-hidden className="size-4" />}
          >
            Send me a test message
          </ShortcutButton>
        }
      />
      <div className="space-y-2">
        <p role="status" className="text-sm text-success empty:hidden" data-testid="test-result">
          {test.data && !test.isPending ? testText(test.data) : null}
        </p>
        <ActionError error={test.error} testId="test-error" />
        <UrlFilterBar
          label="Filter the notifications"
          fields={outboxFilterFields(canSeeEveryone)}
          url={url}
        />
        <div className="flex flex-wrap items-center gap-3">
          <KeyLegend />
          {query.isFetching && !query.isPending ? (
            <Spinner label="Refreshing the notifications" className="text-muted" />
          ) : null}
        </div>
        <p role="status" className="text-sm text-success empty:hidden" data-testid="resend-result">
          {resend.data && !resend.isPending ? resendText(resend.data.delivery) : null}
        </p>
        <ActionError error={resend.error} testId="resend-error" />
      </div>
      <div className="mt-2 flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] lg:items-start">
        <div className="min-w-0 space-y-3">
          <DataTable
            label="Notifications sent"
            columns={outboxColumns({ onOpen: open, onResend, resending })}
            rows={rows}
            rowKey={(d) => d.id}
            rowTestId="notification-row"
            rowAttributes={(d) => ({ "data-id": d.id, "data-status": d.status, "data-channel": d.channel })}
            rowClassName={(d) => (d.id === openId ? "cursor-pointer bg-accent/5" : "cursor-pointer")}
            selectedIndex={selected}
            onSelectIndex={setSelected}
            onRowClick={open}
            isLoading={query.isPending}
            error={
              query.error && !query.data
                ? {
                    title: "The notifications could not be loaded",
                    detail: query.error.message,
                    onRetry: () => void query.refetch(),
                  }
                : null
            }
            empty={
              url.isFiltered
                ? {
                    title: "No notification matches these filters",
                    description: "Remove a filter to see more.",
                    action: <Button onClick={url.clear}>Clear filters</Button>,
                  }
                : {
                    title: "Nothing sent to you yet",
                    description:
                      "Pages from escalation policies and your test messages show here. Send yourself a test message to see one.",
                  }
            }
          />
          {query.hasNextPage ? (
            <div className="flex justify-center">
              <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
                {query.isFetchingNextPage ? <Spinner label="Loading older notifications" /> : null} Load older
                notifications
              </Button>
            </div>
          ) : null}
        </div>
        <div ref={viewRef} className="min-w-0 scroll-mt-4 lg:sticky lg:top-4">
          <MessageView id={openId} row={rows.find((r) => r.id === openId)} />
        </div>
      </div>
    </>
  );
}
