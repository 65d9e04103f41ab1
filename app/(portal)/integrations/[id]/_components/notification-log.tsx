"use client";
// The integration's last notifications: when, what became of each, the incident it touched, and the
// body as received, shown as text (a label may hold anything, HTML included: it is never markup here).
import Link from "next/link";
import {
  NOTIFICATION_STATE_LABELS,
  splitOutcome,
} from "@/app/(portal)/integrations/_components/integration-labels";
import { Badge } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { DataTable, queryError, type DataTableColumn } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/time";
import { TitledSection } from "@/components/ui/titled-section";
import { useIntegrationLog, type NotificationLogItem } from "@/lib/client/integrations";

const STATE_TONE = {
  PENDING: "accent",
  PROCESSED: "success",
  REJECTED: "danger",
  IGNORED: "neutral",
} as const;

const COLUMNS: DataTableColumn<NotificationLogItem>[] = [
  {
    id: "received",
    header: "Received",
    phone: "lead",
    className: "whitespace-nowrap align-top text-xs",
    cell: (n) => <Instant at={n.receivedAt} seconds />,
  },
  {
    id: "state",
    header: "State",
    phone: "trail",
    className: "align-top",
    cell: (n) => <Badge tone={STATE_TONE[n.state]}>{NOTIFICATION_STATE_LABELS[n.state]}</Badge>,
  },
  {
    id: "outcome",
    header: "Outcome",
    phone: "main",
    className: "align-top text-xs md:max-w-xs",
    cell: (n) => {
      const outcome = splitOutcome(n.outcome);
      return (
        <>
          {outcome ? (
            <p>
              <span className="font-medium">{outcome.action}</span>
              {outcome.reason ? <span className="text-muted"> · {outcome.reason}</span> : null}
            </p>
          ) : null}
          {n.error ? <p className="text-danger break-words">{n.error}</p> : null}
          {!outcome && !n.error ? <span className="text-muted">—</span> : null}
        </>
      );
    },
  },
  {
    id: "incident",
    header: "Incident",
    phone: "meta",
    phoneLabel: true,
    className: "align-top font-mono text-xs whitespace-nowrap",
    cell: (n) =>
      n.incidentKey ? (
        <Link href={`/incidents/${n.incidentKey}`} className="font-semibold hover:underline">
          {n.incidentKey}
        </Link>
      ) : (
        <span className="text-muted">—</span>
      ),
  },
  {
    id: "body",
    header: "Payload",
    phone: "main",
    className: "align-top md:w-1/2 md:max-w-0",
    cell: (n) => (
      <details>
        <summary className="cursor-pointer text-xs text-muted select-none">
          {n.groupKey ? <span className="font-mono break-all">{n.groupKey}</span> : "Raw body"}
        </summary>
        <CodeBlock
          label={`Payload received ${n.receivedAt}`}
          text={n.body}
          className="mt-1"
          testId="notification-body"
        />
      </details>
    ),
  },
];

export function NotificationLog({ integrationId }: { integrationId: string }) {
  const log = useIntegrationLog(integrationId);
  return (
    <TitledSection title="Last notifications">
      <DataTable
        label="Last notifications"
        columns={COLUMNS}
        rows={log.data?.items ?? []}
        rowKey={(n) => n.id}
        rowTestId="notification-row"
        rowAttributes={(n) => ({ "data-state": n.state })}
        isLoading={log.isPending}
        error={queryError(log, "The notification log could not be loaded")}
        empty={{
          title: "Nothing received yet",
          description: "Point the sender at the URL above, or send a test alert.",
        }}
      />
    </TitledSection>
  );
}
