"use client";
// The vendor list: the kit's list view with the vendors' columns and filters.
import Link from "next/link";
import { VENDOR_COLUMNS } from "@/app/(portal)/vendors/_components/vendor-columns";
import {
  toVendorFilters,
  VENDOR_FILTER_FIELDS,
  VENDOR_FILTER_NAMES,
} from "@/app/(portal)/vendors/_components/vendor-filter-fields";
import { buttonClass } from "@/components/ui/button";
import { ListView } from "@/components/ui/list-view";
import { PageHeader } from "@/components/ui/page-header";
import { NewRecordLink } from "@/components/ui/new-record-link";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { useVendors } from "@/lib/client/vendors";
import type { VendorResponse } from "@/lib/vendors/schemas";

const NO_ITEMS: VendorResponse[] = [];

export function VendorList({
  initial,
  canWrite,
}: {
  initial: { items: VendorResponse[] };
  canWrite: boolean;
}) {
  const url = useUrlFilters(VENDOR_FILTER_NAMES);
  const list = useVendors(toVendorFilters(url.filters), url.isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const attentionCount = items.filter((v) => v.attention.length).length;

  return (
    <>
      <PageHeader
        title="Vendors"
        description="Third parties we depend on: their latest assessment, review cadence, notice periods and certifications."
        actions={
          canWrite ? (
            <NewRecordLink href="/vendors/new" shortcutLabel="Add a vendor">
              Add vendor
            </NewRecordLink>
          ) : null
        }
      />
      {/* The list is not paged: what is shown is every vendor the filters match. */}
      <ListView
        label="Vendors"
        noun="vendor"
        filterFields={VENDOR_FILTER_FIELDS}
        url={url}
        rows={items}
        query={{ ...list, hasData: !!list.data }}
        columns={VENDOR_COLUMNS}
        rowKey={(v) => v.id}
        rowTestId="vendor-row"
        rowAttributes={(v) => ({ "data-id": v.id })}
        hrefOf={(v) => `/vendors/${v.id}`}
        status={
          attentionCount && url.filters.attention !== "true"
            ? ` · ${attentionCount} need${attentionCount === 1 ? "s" : ""} attention`
            : null
        }
        empty={{
          title: "No vendors yet",
          description: "Vendors appear here with their latest assessment and what needs doing.",
          action: canWrite ? (
            <Link className={buttonClass("primary")} href="/vendors/new">
              Add vendor
            </Link>
          ) : null,
        }}
      />
    </>
  );
}
