"use client";
// Business functions with their continuity flags up front and the DR test compliance across them all.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Plus } from "lucide-react";
import { ComplianceSummary } from "@/app/(portal)/continuity/_components/compliance-summary";
import { FunctionCards } from "@/app/(portal)/continuity/_components/function-cards";
import { FunctionFilters } from "@/app/(portal)/continuity/_components/function-filters";
import { FunctionTable } from "@/app/(portal)/continuity/_components/function-table";
import {
  filterFunctions,
  hasFunctionFilters,
  useFunctionFilters,
} from "@/app/(portal)/continuity/_components/use-function-filters";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { EmptyState, ErrorState, Kbd, SkeletonRows } from "@/components/ui/states";
import { useListKeys } from "@/components/ui/use-list-keys";
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
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  const { params, setParams, clear } = useFunctionFilters();
  const isFiltered = hasFunctionFilters(params);
  const list = useFunctions(initial);
  const all = list.data?.items ?? NO_ITEMS;
  const items = filterFunctions(all, params);
  const { selected, setSelected } = useListKeys(
    items.length,
    (i) => router.push(`/continuity/${items[i]!.id}`),
    searchRef,
  );
  useShortcuts([
    {
      key: "n",
      label: "Add a business function",
      hint: "add",
      when: canWrite,
      run: () => router.push("/continuity/new"),
    },
  ]);

  return (
    <>
      <PageHeader
        title="Business continuity"
        description="Business functions, their recovery objectives, what they depend on, and their DR tests."
        actions={
          canWrite ? (
            <Link className={buttonClass("primary")} href="/continuity/new" aria-keyshortcuts="n">
              <Plus aria-hidden className="size-4" /> Add function <Kbd>n</Kbd>
            </Link>
          ) : null
        }
      />
      {all.length ? <ComplianceSummary items={all} /> : null}
      <FunctionFilters
        params={params}
        setParams={setParams}
        onClear={isFiltered ? clear : null}
        searchRef={searchRef}
      />
      <div className="my-2 flex flex-wrap items-center gap-3">
        <KeyLegend />
        <span className="ml-auto text-xs text-muted" data-list-total={list.data ? items.length : undefined}>
          {isFiltered ? `${items.length} of ${all.length}` : all.length} function{all.length === 1 ? "" : "s"}
        </span>
      </div>
      {list.error && !list.data ? (
        <ErrorState
          title="Business functions could not be loaded"
          detail={list.error.message}
          action={
            <button className={buttonClass()} onClick={() => void list.refetch()}>
              Retry
            </button>
          }
        />
      ) : list.isPending ? (
        <SkeletonRows columns={7} />
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered ? "No function matches these filters" : "No business functions yet"}
          action={
            isFiltered ? (
              <button className={buttonClass()} onClick={clear}>
                Clear filters
              </button>
            ) : canWrite ? (
              <Link className={buttonClass("primary")} href="/continuity/new">
                Add function
              </Link>
            ) : null
          }
        >
          {isFiltered
            ? "Try another criticality or search."
            : "Record each business function with its RTO and RPO; dependencies and DR tests are checked against them."}
        </EmptyState>
      ) : (
        <>
          <div className="hidden sm:block">
            <FunctionTable items={items} selected={selected} onSelect={setSelected} />
          </div>
          <div className="sm:hidden">
            <FunctionCards items={items} />
          </div>
        </>
      )}
    </>
  );
}
