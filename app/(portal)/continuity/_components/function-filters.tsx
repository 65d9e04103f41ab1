"use client";
import type { RefObject } from "react";
import { Search, X } from "lucide-react";
import { CRITICALITY_LABELS } from "@/app/(portal)/continuity/_components/continuity-labels";
import type {
  FunctionFilterName,
  FunctionListParams,
} from "@/app/(portal)/continuity/_components/use-function-filters";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { Kbd } from "@/components/ui/states";
import { useUrlText, type SetUrlParams } from "@/components/ui/use-url-params";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";

type Props = {
  params: FunctionListParams;
  setParams: SetUrlParams<FunctionFilterName>;
  onClear: (() => void) | null;
  searchRef: RefObject<HTMLInputElement | null>;
};

export function FunctionFilters({ params, setParams, onClear, searchRef }: Props) {
  const [q, setQ] = useUrlText("q", params.q, setParams);
  const isFlaggedOnly = params.flagged === "true";
  return (
    <div role="search" aria-label="Filter business functions" className="flex flex-wrap items-center gap-2">
      <div className="relative w-full max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
        <Input
          ref={searchRef}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && setParams({ q: q.trim() })}
          placeholder="Search name, description"
          aria-label="Search business functions"
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
      <button
        type="button"
        aria-pressed={isFlaggedOnly}
        onClick={() => setParams({ flagged: isFlaggedOnly ? "" : "true" })}
        className={cn(
          "h-9 rounded-md border px-3 text-sm",
          isFlaggedOnly
            ? "border-danger bg-danger/10 text-danger"
            : "border-border bg-surface hover:bg-surface-2",
        )}
        title="Slow dependencies, overdue DR tests, missed RTO or RPO"
      >
        Flagged only
      </button>
      {onClear ? (
        <Button size="sm" variant="ghost" onClick={onClear}>
          <X aria-hidden className="size-3" /> Clear filters
        </Button>
      ) : null}
    </div>
  );
}
