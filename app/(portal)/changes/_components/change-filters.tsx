"use client";
import type { RefObject } from "react";
import { Search, X } from "lucide-react";
import {
  CATEGORY_LABELS,
  CHANGE_STATUS_LABELS,
  ENVIRONMENT_LABELS,
} from "@/app/(portal)/changes/_components/change-labels";
import {
  OUTCOME_LABELS,
  type ChangeFilterName,
  type ChangeListParams,
} from "@/app/(portal)/changes/_components/use-change-filters";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { FilterChip } from "@/components/ui/filter-chip";
import { periodLabel } from "@/components/ui/period-label";
import { Kbd } from "@/components/ui/states";
import { useUrlText, type SetUrlParams } from "@/components/ui/use-url-params";
import { CHANGE_STATUSES } from "@/lib/changes/lifecycle";
import { CHANGE_CATEGORIES, ENVIRONMENTS, RISK_LEVELS } from "@/lib/changes/types";

type Option = { value: string; label: string };

const STATUS_OPTIONS: Option[] = [
  { value: "", label: "Any status" },
  { value: "open", label: "Open" },
  ...CHANGE_STATUSES.map((s) => ({ value: s, label: CHANGE_STATUS_LABELS[s] })),
];
const CATEGORY_OPTIONS: Option[] = [
  { value: "", label: "Any category" },
  ...CHANGE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
];
const ENVIRONMENT_OPTIONS: Option[] = [
  { value: "", label: "Any environment" },
  ...ENVIRONMENTS.map((e) => ({ value: e, label: ENVIRONMENT_LABELS[e] })),
];
const RISK_OPTIONS: Option[] = [
  { value: "", label: "Any risk" },
  ...RISK_LEVELS.map((r) => ({ value: r, label: `${r.charAt(0)}${r.slice(1).toLowerCase()} risk` })),
];

// A shared link may carry a value the menu does not list (`status=DRAFT,APPROVED`): show it as is.
const withCurrent = (options: Option[], value: string) =>
  options.some((o) => o.value === value) ? options : [...options, { value, label: value }];

type Props = {
  params: ChangeListParams;
  setParams: SetUrlParams<ChangeFilterName>;
  onClear: (() => void) | null;
  searchRef: RefObject<HTMLInputElement | null>;
};

export function ChangeFilters({ params, setParams, onClear, searchRef }: Props) {
  const [q, setQ] = useUrlText("q", params.q, setParams);
  const selects: [ChangeFilterName, string, Option[], string][] = [
    ["status", "Filter by status", STATUS_OPTIONS, "sm:w-44"],
    ["category", "Filter by category", CATEGORY_OPTIONS, "sm:w-40"],
    ["environment", "Filter by environment", ENVIRONMENT_OPTIONS, "sm:w-48"],
    ["risk", "Filter by risk", RISK_OPTIONS, "sm:w-36"],
  ];
  const isMine = params.mine === "true";
  const finished = periodLabel("Finished", params.finishedFrom, params.finishedTo);
  return (
    <div role="search" aria-label="Filter changes" className="flex flex-wrap items-center gap-2">
      <div className="relative w-full max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
        <Input
          ref={searchRef}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && setParams({ q: q.trim() })}
          placeholder="Search key, title, description"
          aria-label="Search changes"
          className="pr-7 pl-8"
        />
        <span className="pointer-events-none absolute top-2 right-2">
          <Kbd>/</Kbd>
        </span>
      </div>
      {selects.map(([name, label, options, width]) => (
        <Select
          key={name}
          value={params[name]}
          onChange={(e) => setParams({ [name]: e.target.value })}
          aria-label={label}
          className={cn("w-[calc(50%-0.25rem)]", width)}
        >
          {withCurrent(options, params[name]).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      ))}
      <button
        type="button"
        aria-pressed={isMine}
        onClick={() => setParams({ mine: isMine ? "" : "true" })}
        className={cn(
          "h-9 rounded-md border px-3 text-sm",
          isMine ? "border-accent bg-accent/10 text-accent" : "border-border bg-surface hover:bg-surface-2",
        )}
        title="Changes you requested or implement"
      >
        Mine
      </button>
      {finished ? (
        <FilterChip
          testId="finished-filter"
          label={finished}
          removeLabel="Remove the finished-in filter"
          onRemove={() => setParams({ finishedFrom: "", finishedTo: "" })}
        />
      ) : null}
      {params.outcome ? (
        <FilterChip
          testId="outcome-filter"
          label={OUTCOME_LABELS[params.outcome] ?? params.outcome}
          removeLabel="Remove the outcome filter"
          onRemove={() => setParams({ outcome: "" })}
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
