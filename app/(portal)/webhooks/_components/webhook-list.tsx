"use client";
// The team webhooks: what each sends where, whether it is on, and how its last 24 hours went (a red flag
// when deliveries failed or wait). Managers add one from here.
import Link from "next/link";
import { WEBHOOK_COLUMNS } from "@/app/(portal)/webhooks/_components/webhook-columns";
import {
  filterWebhooks,
  WEBHOOK_FILTER_FIELDS,
  WEBHOOK_FILTER_NAMES,
} from "@/app/(portal)/webhooks/_components/webhook-filter-fields";
import { webhookTrouble } from "@/app/(portal)/webhooks/_components/delivery-words";
import { buttonClass } from "@/components/ui/button";
import { ListView } from "@/components/ui/list-view";
import { NewRecordLink } from "@/components/ui/new-record-link";
import { PageHeader } from "@/components/ui/page-header";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { useWebhooks, type WebhookList as WebhookListData } from "@/lib/client/webhooks";
import type { WebhookResponse } from "@/lib/webhooks/schemas";

const NO_ITEMS: WebhookResponse[] = [];

export function WebhookList({ initial, canManage }: { initial: WebhookListData; canManage: boolean }) {
  const url = useUrlFilters(WEBHOOK_FILTER_NAMES);
  const list = useWebhooks(initial);
  const all = list.data?.items ?? NO_ITEMS;
  const items = filterWebhooks(all, url.filters);
  const troubled = all.filter((w) => webhookTrouble(w.stats) !== null).length;

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Team webhooks: a signed HTTP POST to your system each time something happens here, retried for about a day until it is taken."
        actions={
          canManage ? (
            <NewRecordLink href="/webhooks/new" shortcutLabel="New webhook" hint="new">
              New webhook
            </NewRecordLink>
          ) : null
        }
      />
      {!canManage ? (
        <p className="mb-2 text-sm text-muted" data-testid="read-only-note">
          You can read webhooks and their delivery logs; ops managers and admins add and change them.
        </p>
      ) : null}
      <ListView
        label="Webhooks"
        noun="webhook"
        filterFields={WEBHOOK_FILTER_FIELDS}
        url={url}
        rows={items}
        query={{ ...list, hasData: !!list.data }}
        columns={WEBHOOK_COLUMNS}
        rowKey={(w) => w.id}
        rowTestId="webhook-row"
        rowAttributes={(w) => ({ "data-id": w.id })}
        hrefOf={(w) => `/webhooks/${w.id}`}
        status={troubled ? ` · ${troubled} need${troubled === 1 ? "s" : ""} a look` : null}
        empty={{
          title: "No webhooks yet",
          description: (
            <>
              A webhook tells another system what happens here: each time an incident is reported,
              acknowledged or resolved, or a change is approved, the portal sends it a signed POST. The
              receiver checks the signature with the Standard Webhooks library for its language, and ignores a
              repeat of a webhook-id it has seen; docs/webhooks.md has a ten-line Node.js receiver that does
              both.
            </>
          ),
          action: canManage ? (
            <Link className={buttonClass("primary")} href="/webhooks/new">
              New webhook
            </Link>
          ) : null,
        }}
      />
    </>
  );
}
