"use client";
import type { RefObject } from "react";
import { Search, X } from "lucide-react";
import { STATUS_LABELS } from "@/app/(portal)/access/_components/access-labels";
import {
  expiringDays,
  type AccessFilterName,
  type AccessListParams,
} from "@/app/(portal)/access/_components/use-access-filters";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { FilterChip } from "@/components/ui/filter-chip";
import { Kbd } from "@/components/ui/states";
import { useUrlText, type SetUrlParams } from "@/components/ui/use-url-params";
import { ACCESS_STATUSES, ACCESS_TYPES } from "@/lib/access/rules";

type Option = { value: string; label: string };

const STATUS_OPTIONS: Option[] = [
  { value: "", label: "Any status" },
  { value: "PENDING,APPROVED", label: "Pending or active" },
  ...ACCESS_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
];
const TYPE_OPTIONS: Option[] = [
  { value: "", label: "Any type" },
  ...ACCESS_TYPES.map((t) => ({ value: t, label: t })),
];

// A shared link may carry a value the menu does not list: show it as is.
const withCurrent = (options: Option[], value: string) =>
  options.some((o) => o.value === value) ? options : [...options, { value, label: value }];

type Props = {
  params: AccessListParams;
  setParams: SetUrlParams<AccessFilterName>;
  onClear: (() => void) | null;
  searchRef: RefObject<HTMLInputElement | null>;
};

export function AccessFilters({ params, setParams, onClear, searchRef }: Props) {
  const [q, setQ] = useUrlText("q", params.q, setParams);
  const expiring = expiringDays(params.expiring);
  return (
    <div role="search" aria-label="Filter access requests" className="flex flex-wrap items-center gap-2">
      <div className="relative w-full max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
        <Input
          ref={searchRef}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && setParams({ q: q.trim() })}
          placeholder="Search justification or exact resource"
          aria-label="Search access requests"
          className="pr-7 pl-8"
        />
        <span className="pointer-events-none absolute top-2 right-2">
          <Kbd>/</Kbd>
        </span>
      </div>
      <Select
        value={params.status}
        onChange={(e) => setParams({ status: e.target.value })}
        aria-label="Filter by status"
        className="w-[calc(50%-0.25rem)] sm:w-44"
      >
        {withCurrent(STATUS_OPTIONS, params.status).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Select
        value={params.type}
        onChange={(e) => setParams({ type: e.target.value })}
        aria-label="Filter by access type"
        className="w-[calc(50%-0.25rem)] sm:w-32"
      >
        {withCurrent(TYPE_OPTIONS, params.type).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {expiring ? (
        <FilterChip
          testId="expiring-filter"
          label={`Approved grants ending within ${expiring === 1 ? "1 day" : `${expiring} days`}`}
          removeLabel="Remove the expiry filter"
          onRemove={() => setParams({ expiring: "" })}
        />
      ) : null}
      {params.inForce === "true" ? (
        <FilterChip
          testId="in-force-filter"
          label="In force now (not past its expiry)"
          removeLabel="Remove the in-force filter"
          onRemove={() => setParams({ inForce: "" })}
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
