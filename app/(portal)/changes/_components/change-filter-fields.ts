// The change list's filters, bound to the URL by the kit's filter bar (shareable, linkable from a
// notification). `finishedFrom`/`finishedTo` and `outcome` (completed, rolled-back) come with a link from
// the executive dashboard: changes that finished in its period and how, whatever their status since.
import {
  CATEGORY_LABELS,
  CHANGE_STATUS_LABELS,
  ENVIRONMENT_LABELS,
} from "@/app/(portal)/changes/_components/change-labels";
import { capitalized, menuFilter, optionsOf, periodFilter } from "@/components/ui/filter-fields";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import type { ChangeFilters } from "@/lib/client/changes";
import { isOpenChangeStatus, CHANGE_STATUSES } from "@/lib/changes/lifecycle";
import { CHANGE_CATEGORIES, ENVIRONMENTS, RISK_LEVELS } from "@/lib/changes/types";

export type ChangeFilterName =
  "q" | "status" | "category" | "environment" | "risk" | "mine" | "finishedFrom" | "finishedTo" | "outcome";
export type ChangeListParams = UrlFilters<ChangeFilterName>;

// "open" is a view, not a status: everything not yet completed, rolled back, closed or cancelled.
export const OPEN_STATUSES = CHANGE_STATUSES.filter(isOpenChangeStatus).join(",");

export const OUTCOME_LABELS: Record<string, string> = {
  completed: "Completed (not rolled back)",
  "rolled-back": "Rolled back",
};

export const CHANGE_FILTER_FIELDS: FilterField<ChangeFilterName>[] = [
  { kind: "search", name: "q", label: "Search changes", placeholder: "Search key, title, description" },
  menuFilter(
    "status",
    "status",
    [{ value: "open", label: "Open" }, ...optionsOf(CHANGE_STATUSES, CHANGE_STATUS_LABELS)],
    { className: "sm:w-44" },
  ),
  menuFilter("category", "category", optionsOf(CHANGE_CATEGORIES, CATEGORY_LABELS)),
  menuFilter("environment", "environment", optionsOf(ENVIRONMENTS, ENVIRONMENT_LABELS), {
    className: "sm:w-48",
  }),
  menuFilter(
    "risk",
    "risk",
    optionsOf(RISK_LEVELS, (r) => `${capitalized(r)} risk`),
    {
      chipName: false,
      className: "sm:w-36",
    },
  ),
  { kind: "toggle", name: "mine", label: "Mine", title: "Changes you requested or implement" },
  periodFilter("finishedFrom", "finishedTo", "Finished", {
    removeLabel: "Remove the finished-in filter",
    testId: "finished-filter",
  }),
  {
    kind: "link",
    names: ["outcome"],
    chip: (p) => (p.outcome ? (OUTCOME_LABELS[p.outcome] ?? p.outcome) : null),
    removeLabel: "Remove the outcome filter",
    testId: "outcome-filter",
  },
];

export const CHANGE_FILTER_NAMES = fieldNames(CHANGE_FILTER_FIELDS);

export function toChangeFilters(p: ChangeListParams): ChangeFilters {
  return {
    status: p.status === "open" ? OPEN_STATUSES : p.status || undefined,
    category: p.category || undefined,
    environment: p.environment || undefined,
    riskLevel: p.risk || undefined,
    mine: p.mine === "true" ? "true" : undefined,
    q: p.q || undefined,
    finishedFrom: p.finishedFrom || undefined,
    finishedTo: p.finishedTo || undefined,
    outcome: p.outcome || undefined,
  };
}
