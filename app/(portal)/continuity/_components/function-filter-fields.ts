// The business function list's filters, bound to the URL. The list is short (hundreds at most), so it
// is filtered in the browser.
import { isFlagged } from "@/app/(portal)/continuity/_components/function-flags";
import { CRITICALITY_FILTER } from "@/app/(portal)/vendors/_components/vendor-filter-fields";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import type { FunctionResponse } from "@/lib/continuity/schemas";

type Name = "q" | "criticality" | "flagged";

export const FUNCTION_FILTER_FIELDS: FilterField<Name>[] = [
  {
    kind: "search",
    name: "q",
    label: "Search business functions",
    placeholder: "Search name, description",
  },
  CRITICALITY_FILTER,
  {
    kind: "toggle",
    name: "flagged",
    label: "Flagged only",
    tone: "danger",
    title: "Slow dependencies, overdue DR tests, missed RTO or RPO",
  },
];

export const FUNCTION_FILTER_NAMES = fieldNames(FUNCTION_FILTER_FIELDS);

export function filterFunctions(items: FunctionResponse[], p: UrlFilters<Name>) {
  const needle = p.q.toLowerCase();
  return items.filter(
    (f) =>
      (!p.criticality || f.criticality === p.criticality) &&
      (p.flagged !== "true" || isFlagged(f)) &&
      (!needle || f.name.toLowerCase().includes(needle) || f.description.toLowerCase().includes(needle)),
  );
}
