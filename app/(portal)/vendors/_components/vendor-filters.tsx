"use client";
import type { RefObject } from "react";
import { Search, X } from "lucide-react";
import type {
  VendorFilterName,
  VendorListParams,
} from "@/app/(portal)/vendors/_components/use-vendor-filters";
import { CRITICALITY_LABELS } from "@/app/(portal)/vendors/_components/vendor-labels";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { FilterChip } from "@/components/ui/filter-chip";
import { Kbd } from "@/components/ui/states";
import { useUrlText, type SetUrlParams } from "@/components/ui/use-url-params";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";

type Props = {
  params: VendorListParams;
  setParams: SetUrlParams<VendorFilterName>;
  onClear: (() => void) | null;
  searchRef: RefObject<HTMLInputElement | null>;
};

export function VendorFilters({ params, setParams, onClear, searchRef }: Props) {
  const [q, setQ] = useUrlText("q", params.q, setParams);
  const needsAttention = params.attention === "true";
  return (
    <div role="search" aria-label="Filter vendors" className="flex flex-wrap items-center gap-2">
      <div className="relative w-full max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
        <Input
          ref={searchRef}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && setParams({ q: q.trim() })}
          placeholder="Search name, service, owner"
          aria-label="Search vendors"
          className="pr-7 pl-8"
        />
        <span className="pointer-events-none absolute top-2 right-2">
          <Kbd>/</Kbd>
        </span>
      </div>
      <Select
        value={params.criticality}
        onChange={(e) => setParams({ criticality: e.target.value })}
        aria-label="Filter by criticality"
        className="w-[calc(50%-0.25rem)] sm:w-40"
      >
        <option value="">Any criticality</option>
        {CRITICALITIES.map((c) => (
          <option key={c} value={c}>
            {CRITICALITY_LABELS[c]}
          </option>
        ))}
      </Select>
      <Select
        value={params.action}
        onChange={(e) => setParams({ action: e.target.value })}
        aria-label="Filter by recommended action"
        className="w-[calc(50%-0.25rem)] sm:w-44"
      >
        <option value="">Any recommendation</option>
        <option value="CONTINUE">CONTINUE</option>
        <option value="REVIEW">REVIEW</option>
        <option value="REPLACE">REPLACE</option>
        <option value="UNASSESSED">Not assessed</option>
      </Select>
      <button
        type="button"
        aria-pressed={needsAttention}
        onClick={() => setParams({ attention: needsAttention ? "" : "true" })}
        className={cn(
          "h-9 rounded-md border px-3 text-sm",
          needsAttention
            ? "border-warning bg-warning/10 text-warning"
            : "border-border bg-surface hover:bg-surface-2",
        )}
        title="Overdue reviews, notice periods, expiring certifications, REVIEW or REPLACE"
      >
        Needs attention
      </button>
      {params.reviewOverdue === "true" ? (
        <FilterChip
          testId="review-overdue-filter"
          label="Review overdue"
          removeLabel="Remove the review-overdue filter"
          onRemove={() => setParams({ reviewOverdue: "" })}
        />
      ) : null}
      {onClear ? (
        <Button size="sm" variant="ghost" onClick={onClear}>
          <X aria-hidden className="size-3" /> Clear filters
        </Button>
      ) : null}
    </div>
  );
}
