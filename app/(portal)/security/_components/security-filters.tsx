"use client";
import type { RefObject } from "react";
import { Search, X } from "lucide-react";
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import type {
  SecurityFilterName,
  SecurityListParams,
} from "@/app/(portal)/security/_components/use-security-filters";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { FilterChip } from "@/components/ui/filter-chip";
import { periodLabel } from "@/components/ui/period-label";
import { Kbd } from "@/components/ui/states";
import { useUrlText, type SetUrlParams } from "@/components/ui/use-url-params";
import { RULES } from "@/lib/security/detection-rules";
import { SECURITY_EVENT_TYPES, SECURITY_SEVERITIES } from "@/lib/security/schemas";

type Option = { value: string; label: string };

const OPTIONS: Record<
  Exclude<SecurityFilterName, "q" | "from" | "to">,
  { label: string; width: string; options: Option[] }
> = {
  type: {
    label: "Filter by type",
    width: "sm:w-36",
    options: [
      { value: "", label: "Any type" },
      ...SECURITY_EVENT_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] })),
    ],
  },
  severity: {
    label: "Filter by severity",
    width: "sm:w-40",
    options: [
      { value: "", label: "Any severity" },
      { value: "CRITICAL,HIGH", label: "Critical or high" },
      ...[...SECURITY_SEVERITIES]
        .reverse()
        .map((s) => ({ value: s, label: `${s.charAt(0)}${s.slice(1).toLowerCase()}` })),
    ],
  },
  investigated: {
    label: "Filter by investigated",
    width: "sm:w-44",
    options: [
      { value: "", label: "Investigated?" },
      { value: "false", label: "Not investigated" },
      { value: "true", label: "Investigated" },
    ],
  },
  resolved: {
    label: "Filter by resolved",
    width: "sm:w-40",
    options: [
      { value: "", label: "Resolved?" },
      { value: "false", label: "Unresolved" },
      { value: "true", label: "Resolved" },
    ],
  },
  rule: {
    label: "Filter by detection rule",
    width: "sm:w-56",
    options: [{ value: "", label: "Any rule" }, ...Object.values(RULES).map((r) => ({ value: r, label: r }))],
  },
};

// A shared link may carry a value the menu does not list: show it as is.
const withCurrent = (options: Option[], value: string) =>
  options.some((o) => o.value === value) ? options : [...options, { value, label: value }];

type Props = {
  params: SecurityListParams;
  setParams: SetUrlParams<SecurityFilterName>;
  onClear: (() => void) | null;
  searchRef: RefObject<HTMLInputElement | null>;
};

export function SecurityFilters({ params, setParams, onClear, searchRef }: Props) {
  const [q, setQ] = useUrlText("q", params.q, setParams);
  const period = periodLabel("Recorded", params.from, params.to);
  return (
    <div role="search" aria-label="Filter security events" className="flex flex-wrap items-center gap-2">
      <div className="relative w-full max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
        <Input
          ref={searchRef}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && setParams({ q: q.trim() })}
          placeholder="Search summary, source, account, details"
          aria-label="Search security events"
          className="pr-7 pl-8"
        />
        <span className="pointer-events-none absolute top-2 right-2">
          <Kbd>/</Kbd>
        </span>
      </div>
      {(Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).map((name) => (
        <Select
          key={name}
          value={params[name]}
          onChange={(e) => setParams({ [name]: e.target.value })}
          aria-label={OPTIONS[name].label}
          className={cn("w-[calc(50%-0.25rem)]", OPTIONS[name].width)}
        >
          {withCurrent(OPTIONS[name].options, params[name]).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      ))}
      {period ? (
        <FilterChip
          testId="period-filter"
          label={period}
          removeLabel="Remove the period filter"
          onRemove={() => setParams({ from: "", to: "" })}
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
