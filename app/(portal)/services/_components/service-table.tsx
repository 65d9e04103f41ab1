"use client";
// The service catalog: the kit's list view with the services' columns, search and tier filter in the URL.
import Link from "next/link";
import { Download, Plus } from "lucide-react";
import { TierBadge } from "@/app/(portal)/services/_components/tier-badge";
import { buttonClass } from "@/components/ui/button";
import type { DataTableColumn } from "@/components/ui/data-table";
import { ListView } from "@/components/ui/list-view";
import { PageHeader } from "@/components/ui/page-header";
import { Instant } from "@/components/ui/time";
import { fieldNames, type FilterField } from "@/components/ui/url-filters";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { Page } from "@/lib/api/pagination";
import { servicesSearchParams, useServices } from "@/lib/client/services";
import type { ServiceResponse } from "@/lib/services/schemas";
import { SERVICE_TIERS, TIER_LABELS } from "@/lib/services/service-tier";

const FIELDS: FilterField<"q" | "tier">[] = [
  { kind: "search", name: "q", label: "Search services", placeholder: "Search slug, name, owner" },
  {
    kind: "select",
    name: "tier",
    label: "Filter by tier",
    className: "sm:w-44",
    options: [
      { value: "", label: "All tiers" },
      ...SERVICE_TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] })),
    ],
  },
];
const NAMES = fieldNames(FIELDS);

const COLUMNS: DataTableColumn<ServiceResponse>[] = [
  {
    id: "service",
    header: "Service",
    phone: "main",
    cell: (s) => (
      <>
        <Link href={`/services/${s.slug}`} className="font-medium hover:underline">
          {s.name}
        </Link>
        <div className="font-mono text-xs text-muted">{s.slug}</div>
      </>
    ),
  },
  { id: "owner", header: "Owner", phone: "meta", phoneLabel: true, cell: (s) => s.owner },
  { id: "tier", header: "Tier · SLA", phone: "lead", cell: (s) => <TierBadge tier={s.tier} /> },
  {
    id: "updated",
    header: "Updated",
    phone: "trail",
    className: "text-xs text-muted whitespace-nowrap",
    cell: (s) => <Instant at={s.updatedAt} relative />,
  },
];

const NO_ITEMS: ServiceResponse[] = [];

export function ServiceTable({ initial, canWrite }: { initial: Page<ServiceResponse>; canWrite: boolean }) {
  const url = useUrlFilters(NAMES);
  const filters = { q: url.filters.q || undefined, tier: url.filters.tier || undefined };
  const list = useServices(filters, url.isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const isPaged = !!list.data?.nextCursor;

  return (
    <>
      <PageHeader
        title="Services"
        description="The service catalog: who owns what, and the availability each tier promises."
        actions={
          <>
            <a
              className={buttonClass("secondary")}
              href={`/api/services?${servicesSearchParams(filters, { format: "csv" }).toString()}`}
              download
            >
              <Download aria-hidden className="size-4" /> Export CSV
            </a>
            {canWrite ? (
              <Link className={buttonClass("primary")} href="/services/new">
                <Plus aria-hidden className="size-4" /> New service
              </Link>
            ) : null}
          </>
        }
      />
      <ListView
        label="Services"
        noun="service"
        filterFields={FIELDS}
        url={url}
        rows={items}
        total={isPaged ? null : undefined}
        status={isPaged ? `First ${items.length} services: search to narrow` : null}
        query={{ ...list, hasData: !!list.data }}
        columns={COLUMNS}
        rowKey={(s) => s.slug}
        rowTestId="service-row"
        rowAttributes={(s) => ({ "data-slug": s.slug })}
        hrefOf={(s) => `/services/${s.slug}`}
        empty={{
          title: "No services yet",
          description: canWrite
            ? "Add the first service to the catalog."
            : "An ops manager adds services to the catalog.",
        }}
      />
    </>
  );
}
