"use client";
import { useId, type RefObject } from "react";
import { Search, X } from "lucide-react";
import {
  ASSIGNEE_VIEWS,
  periodLabel,
  SLA_FILTER_LABELS,
  STATUS_VIEWS,
  type QueueParams,
} from "@/app/(portal)/incidents/_components/use-incident-filters";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { FilterChip } from "@/components/ui/filter-chip";
import { Kbd } from "@/components/ui/states";
import { useUrlText, type SetUrlParams } from "@/components/ui/use-url-params";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/incidents/sla";

type Option = { value: string; label: string };
type SetParams = SetUrlParams<keyof QueueParams>;

const SEVERITY_VIEWS: Option[] = [
  { value: "", label: "All severities" },
  ...SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] })),
];

// A shared link may carry a value the menu does not list (`severity=P1,P2`, an assignee id): show it as is.
const withCurrent = (options: readonly Option[], value: string): readonly Option[] =>
  options.some((o) => o.value === value) ? options : [...options, { value, label: value }];

type Props = {
  params: QueueParams;
  setParams: SetParams;
  onClear: (() => void) | null;
  searchRef: RefObject<HTMLInputElement | null>;
  serviceSuggestions: string[];
};

export function IncidentFilters({ params, setParams, onClear, searchRef, serviceSuggestions }: Props) {
  const [q, setQ] = useUrlText("q", params.q, setParams);
  const [service, setService] = useUrlText("service", params.service, setParams);
  const listId = useId();
  const period = periodLabel(params.from, params.to);

  return (
    <div role="search" aria-label="Filter incidents" className="flex flex-wrap items-center gap-2">
      <div className="relative w-full max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
        <Input
          ref={searchRef}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && setParams({ q: q.trim() })}
          placeholder="Search key, title, description"
          aria-label="Search incidents"
          className="pr-7 pl-8"
        />
        <span className="pointer-events-none absolute top-2 right-2">
          <Kbd>/</Kbd>
        </span>
      </div>
      <Select
        value={params.severity}
        onChange={(e) => setParams({ severity: e.target.value })}
        aria-label="Filter by severity"
        className="w-40"
      >
        {withCurrent(SEVERITY_VIEWS, params.severity).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Select
        value={params.status}
        onChange={(e) => setParams({ status: e.target.value })}
        aria-label="Filter by status"
        className="w-40"
      >
        {withCurrent(STATUS_VIEWS, params.status).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Select
        value={params.assignee}
        onChange={(e) => setParams({ assignee: e.target.value })}
        aria-label="Filter by assignee"
        className="w-36"
      >
        {withCurrent(ASSIGNEE_VIEWS, params.assignee).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Input
        value={service}
        onChange={(e) => setService(e.target.value)}
        placeholder="Service slug"
        aria-label="Filter by affected service"
        list={listId}
        className="w-40 font-mono"
      />
      <datalist id={listId}>
        {serviceSuggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {period ? (
        <FilterChip
          testId="period-filter"
          label={period}
          removeLabel="Remove the period filter"
          onRemove={() => setParams({ from: "", to: "" })}
        />
      ) : null}
      {params.sla ? (
        <FilterChip
          testId="sla-filter"
          label={SLA_FILTER_LABELS[params.sla] ?? `SLA: ${params.sla}`}
          removeLabel="Remove the SLA filter"
          onRemove={() => setParams({ sla: "" })}
        />
      ) : null}
      {params.causedByChange === "true" ? (
        <FilterChip
          testId="caused-by-change-filter"
          label="Caused by a change"
          removeLabel="Remove the caused-by-a-change filter"
          onRemove={() => setParams({ causedByChange: "" })}
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
