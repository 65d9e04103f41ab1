"use client";
// The integration list: the kit's list view with what each integration's notifications did.
import Link from "next/link";
import { INTEGRATION_COLUMNS } from "@/app/(portal)/integrations/_components/integration-columns";
import {
  filterIntegrations,
  INTEGRATION_FILTER_FIELDS,
  INTEGRATION_FILTER_NAMES,
} from "@/app/(portal)/integrations/_components/integration-filter-fields";
import { buttonClass } from "@/components/ui/button";
import { ListView } from "@/components/ui/list-view";
import { PageHeader } from "@/components/ui/page-header";
import { NewRecordLink } from "@/components/ui/new-record-link";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { useIntegrations, type IntegrationListItem } from "@/lib/client/integrations";

const NO_ITEMS: IntegrationListItem[] = [];

export function IntegrationList({
  initial,
  canManage,
}: {
  initial: { items: IntegrationListItem[] };
  canManage: boolean;
}) {
  const url = useUrlFilters(INTEGRATION_FILTER_NAMES);
  const list = useIntegrations(initial);
  const items = filterIntegrations(list.data?.items ?? NO_ITEMS, url.filters);

  return (
    <>
      <PageHeader
        title="Integrations"
        description="Monitoring tools that open, update and resolve incidents by themselves: Alertmanager, the Events API, heartbeats."
        actions={
          canManage ? (
            <NewRecordLink href="/integrations/new" shortcutLabel="New integration" hint="new">
              New integration
            </NewRecordLink>
          ) : null
        }
      />
      <ListView
        label="Integrations"
        noun="integration"
        filterFields={INTEGRATION_FILTER_FIELDS}
        url={url}
        rows={items}
        query={{ ...list, hasData: !!list.data }}
        columns={INTEGRATION_COLUMNS}
        rowKey={(i) => i.id}
        rowTestId="integration-row"
        rowAttributes={(i) => ({ "data-id": i.id })}
        hrefOf={(i) => `/integrations/${i.id}`}
        empty={{
          title: "No integrations yet",
          description:
            "Connect Alertmanager or any tool that speaks the PagerDuty Events API, and its alerts open incidents here.",
          action: canManage ? (
            <Link className={buttonClass("primary")} href="/integrations/new">
              New integration
            </Link>
          ) : null,
        }}
      />
    </>
  );
}
