"use client";
// One message as its recipient sees it. An e-mail: subject, to, the HTML part in a sandboxed frame (no
// script, no form, no navigation: it is shown, never run as the portal's own markup) and the text part;
// when no SMTP server is configured it says so, since the message never left the portal. Chat and
// webhooks: the JSON body as sent. Its attempts follow.
import { Inbox, MailWarning } from "lucide-react";
import { AttemptList } from "@/app/(portal)/webhooks/_components/attempt-list";
import { DeliveryStatusBadge } from "@/app/(portal)/webhooks/_components/delivery-status";
import { CHANNEL_LABELS, isKeptInOutbox } from "@/app/(portal)/webhooks/_components/delivery-words";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { FactGrid } from "@/components/ui/fact-grid";
import { Panel } from "@/components/ui/panel";
import { ErrorState, SkeletonRows } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import { useNotificationMessage, type NotificationItem } from "@/lib/client/notification-log";

/** A JSON body indented for reading; as sent when it is not JSON. */
function readable(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

type Props = {
  id: string | null;
  /** The list's copy of the delivery: its status and attempts are the freshest. */
  row: NotificationItem | undefined;
};

export function MessageView({ id, row }: Props) {
  const query = useNotificationMessage(id);
  if (!id)
    return (
      <Panel title="Message" testId="message-view" icon={<Inbox aria-hidden className="size-3.5" />}>
        <p className="text-sm text-muted">
          Choose a message in the list to read it as its recipient sees it.
        </p>
      </Panel>
    );
  if (query.isPending)
    return (
      <Panel title="Message" testId="message-view">
        <SkeletonRows rows={4} columns={1} />
      </Panel>
    );
  if (query.error)
    return (
      <Panel title="Message" testId="message-view">
        <ErrorState
          title="This message could not be loaded"
          detail={query.error.message}
          action={<Button onClick={() => void query.refetch()}>Retry</Button>}
        />
      </Panel>
    );
  const detail = query.data;
  const delivery = row ?? detail;
  const message = detail.message;
  const isEmail = "subject" in message;

  return (
    <Panel
      title={isEmail ? "E-mail" : CHANNEL_LABELS[delivery.channel]}
      testId="message-view"
      className="space-y-3"
    >
      {isEmail && isKeptInOutbox(delivery) ? (
        <p
          role="note"
          data-testid="outbox-banner"
          className="flex items-start gap-2 rounded-md border border-accent/40 bg-accent/10 px-3 py-2 text-sm"
        >
          <MailWarning aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>
            No SMTP server is configured: e-mail is kept here and in the server log. Set SMTP_URL to send it
            for real.
          </span>
        </p>
      ) : null}
      <FactGrid
        layout="side"
        facts={[
          isEmail
            ? { label: "Subject", value: <strong data-testid="message-subject">{message.subject}</strong> }
            : null,
          {
            label: "To",
            value: (
              <span className="font-mono text-xs break-all">{isEmail ? message.to : delivery.target}</span>
            ),
          },
          { label: "Sent", value: <Instant at={delivery.createdAt} seconds /> },
          { label: "Status", value: <DeliveryStatusBadge delivery={delivery} /> },
          { label: "Message id", value: <span className="font-mono text-xs break-all">{delivery.id}</span> },
        ]}
      />
      {isEmail ? (
        <>
          <iframe
            sandbox=""
            srcDoc={message.html}
            title={`The e-mail as its recipient sees it: ${message.subject}`}
            data-testid="message-html"
            className="h-80 w-full rounded-md border border-border bg-white"
          />
          <CodeBlock label="Plain text part" text={message.text} isCaptioned testId="message-text" />
        </>
      ) : (
        <CodeBlock
          label="Body as sent (indented here)"
          text={readable(message.body)}
          isCaptioned
          testId="message-body"
        />
      )}
      <div className="space-y-1">
        <h3 className="text-xs font-medium text-muted uppercase">Attempts</h3>
        <AttemptList delivery={delivery} />
      </div>
    </Panel>
  );
}
