"use client";
// The queue's filter bar: the kit's FilterBar with the queue's menus and the chips of the filters that
// arrive by link (a dashboard figure's period, SLA state, caused by a change).
import type { RefObject } from "react";
import {
  ASSIGNEE_VIEWS,
  periodLabel,
  SLA_FILTER_LABELS,
  STATUS_VIEWS,
  type FilterName,
  type QueueParams,
} from "@/app/(portal)/incidents/_components/use-incident-filters";
import { FilterBar } from "@/components/ui/filter-bar";
import { menuFilter, optionsOf } from "@/components/ui/filter-fields";
import type { FilterField } from "@/components/ui/url-filters";
import type { SetUrlFilters } from "@/components/ui/use-url-filters";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/incidents/sla";

export const incidentFilterFields = (serviceSuggestions: readonly string[]): FilterField<FilterName>[] => [
  { kind: "search", name: "q", label: "Search incidents", placeholder: "Search key, title, description" },
  menuFilter("severity", "severity", optionsOf(SEVERITIES, SEVERITY_LABELS), { any: "All severities" }),
  { kind: "select", name: "status", label: "Filter by status", chipName: "Status", options: STATUS_VIEWS },
  {
    kind: "select",
    name: "assignee",
    label: "Filter by assignee",
    chipName: "Assignee",
    options: ASSIGNEE_VIEWS,
    className: "sm:w-36",
  },
  {
    kind: "text",
    name: "service",
    label: "Filter by affected service",
    chipName: "Service",
    placeholder: "Service slug",
    suggestions: serviceSuggestions,
    className: "font-mono sm:w-40",
  },
  {
    kind: "link",
    names: ["from", "to"],
    chip: (p) => periodLabel(p.from, p.to),
    removeLabel: "Remove the period filter",
    testId: "period-filter",
  },
  {
    kind: "link",
    names: ["sla"],
    chip: (p) => (p.sla ? (SLA_FILTER_LABELS[p.sla] ?? `SLA: ${p.sla}`) : null),
    removeLabel: "Remove the SLA filter",
    testId: "sla-filter",
  },
  {
    kind: "link",
    names: ["causedByChange"],
    chip: (p) => (p.causedByChange === "true" ? "Caused by a change" : null),
    removeLabel: "Remove the caused-by-a-change filter",
    testId: "caused-by-change-filter",
  },
];

type Props = {
  params: QueueParams;
  setParams: SetUrlFilters<FilterName>;
  onClear: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
  serviceSuggestions: string[];
};

export function IncidentFilters({ params, setParams, onClear, searchRef, serviceSuggestions }: Props) {
  return (
    <FilterBar
      label="Filter incidents"
      fields={incidentFilterFields(serviceSuggestions)}
      filters={params}
      setFilters={setParams}
      onClear={onClear}
      searchRef={searchRef}
    />
  );
}
