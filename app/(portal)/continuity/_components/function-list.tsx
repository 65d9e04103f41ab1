"use client";
// Business functions with their continuity flags up front and the DR test compliance across them all:
// the kit's list view with the functions' columns and filters.
import Link from "next/link";
import { ComplianceSummary } from "@/app/(portal)/continuity/_components/compliance-summary";
import { FUNCTION_COLUMNS } from "@/app/(portal)/continuity/_components/function-columns";
import {
  filterFunctions,
  FUNCTION_FILTER_FIELDS,
  FUNCTION_FILTER_NAMES,
} from "@/app/(portal)/continuity/_components/function-filter-fields";
import { buttonClass } from "@/components/ui/button";
import { ListView } from "@/components/ui/list-view";
import { PageHeader } from "@/components/ui/page-header";
import { NewRecordLink } from "@/components/ui/new-record-link";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { useFunctions } from "@/lib/client/continuity";
import type { FunctionResponse } from "@/lib/continuity/schemas";

const NO_ITEMS: FunctionResponse[] = [];

export function FunctionList({
  initial,
  canWrite,
}: {
  initial: { items: FunctionResponse[] };
  canWrite: boolean;
}) {
  const url = useUrlFilters(FUNCTION_FILTER_NAMES);
  const list = useFunctions(initial);
  const all = list.data?.items ?? NO_ITEMS;
  const items = filterFunctions(all, url.filters);

  return (
    <>
      <PageHeader
        title="Business continuity"
        description="Business functions, their recovery objectives, what they depend on, and their DR tests."
        actions={
          canWrite ? (
            <NewRecordLink href="/continuity/new" shortcutLabel="Add a business function">
              Add function
            </NewRecordLink>
          ) : null
        }
      />
      {all.length ? <ComplianceSummary items={all} /> : null}
      <ListView
        label="Business functions"
        noun="function"
        filterFields={FUNCTION_FILTER_FIELDS}
        url={url}
        rows={items}
        query={{ ...list, hasData: !!list.data }}
        columns={FUNCTION_COLUMNS}
        rowKey={(f) => f.id}
        rowTestId="function-row"
        rowAttributes={(f) => ({ "data-id": f.id })}
        hrefOf={(f) => `/continuity/${f.id}`}
        status={url.isFiltered ? ` · ${all.length} in all` : null}
        empty={{
          title: "No business functions yet",
          description:
            "Record each business function with its RTO and RPO; dependencies and DR tests are checked against them.",
          action: canWrite ? (
            <Link className={buttonClass("primary")} href="/continuity/new">
              Add function
            </Link>
          ) : null,
        }}
      />
    </>
  );
}
