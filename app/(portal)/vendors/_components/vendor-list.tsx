"use client";
// The vendor list: filters in the URL, driven from the keyboard like the change list.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Plus } from "lucide-react";
import {
  hasVendorFilters,
  toVendorFilters,
  useVendorFilters,
} from "@/app/(portal)/vendors/_components/use-vendor-filters";
import { VendorCards } from "@/app/(portal)/vendors/_components/vendor-cards";
import { VendorFilters } from "@/app/(portal)/vendors/_components/vendor-filters";
import { VendorTable } from "@/app/(portal)/vendors/_components/vendor-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { EmptyState, ErrorState, Kbd, SkeletonRows, Spinner } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
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
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  const { params, setParams, clear } = useVendorFilters();
  const isFiltered = hasVendorFilters(params);
  const list = useVendors(toVendorFilters(params), isFiltered ? undefined : initial);
  const items = list.data?.items ?? NO_ITEMS;
  const { selected, setSelected } = useListKeys(
    items.length,
    (i) => router.push(`/vendors/${items[i]!.id}`),
    searchRef,
  );
  useShortcuts([
    { key: "n", label: "Add a vendor", hint: "add", when: canWrite, run: () => router.push("/vendors/new") },
  ]);
  const attentionCount = items.filter((v) => v.attention.length).length;

  return (
    <>
      <PageHeader
        title="Vendors"
        description="Third parties we depend on: their latest assessment, review cadence, notice periods and certifications."
        actions={
          canWrite ? (
            <Link className={buttonClass("primary")} href="/vendors/new" aria-keyshortcuts="n">
              <Plus aria-hidden className="size-4" /> Add vendor <Kbd>n</Kbd>
            </Link>
          ) : null
        }
      />
      <VendorFilters
        params={params}
        setParams={setParams}
        onClear={isFiltered ? clear : null}
        searchRef={searchRef}
      />
      <div className="my-2 flex flex-wrap items-center gap-3">
        {list.isPlaceholderData ? <Spinner label="Loading filtered vendors" className="text-muted" /> : null}
        <KeyLegend />
        {/* The list is not paged: what is shown is every vendor the filters match. */}
        <span
          className="ml-auto text-xs text-muted"
          data-testid="vendor-count"
          data-list-total={list.data ? items.length : undefined}
        >
          {items.length} vendor{items.length === 1 ? "" : "s"}
          {attentionCount && params.attention !== "true"
            ? ` · ${attentionCount} need${attentionCount === 1 ? "s" : ""} attention`
            : ""}
        </span>
      </div>
      {list.error && !list.data ? (
        <ErrorState
          title="Vendors could not be loaded"
          detail={list.error.message}
          action={
            <button className={buttonClass()} onClick={() => void list.refetch()}>
              Retry
            </button>
          }
        />
      ) : list.isPending ? (
        <SkeletonRows columns={8} />
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered ? "No vendor matches these filters" : "No vendors yet"}
          action={
            isFiltered ? (
              <button className={buttonClass()} onClick={clear}>
                Clear filters
              </button>
            ) : canWrite ? (
              <Link className={buttonClass("primary")} href="/vendors/new">
                Add vendor
              </Link>
            ) : null
          }
        >
          {isFiltered
            ? "Try another criticality, recommendation or search."
            : "Vendors appear here with their latest assessment and what needs doing."}
        </EmptyState>
      ) : (
        <>
          <div className="hidden sm:block">
            <VendorTable
              items={items}
              selected={selected}
              isStale={list.isPlaceholderData}
              onSelect={setSelected}
            />
          </div>
          <div className="sm:hidden">
            <VendorCards items={items} />
          </div>
        </>
      )}
    </>
  );
}
