// The business function list's filters, bound to the URL. The list is short (hundreds at most), so it
// is filtered in the browser.
import { isFlagged } from "@/app/(portal)/continuity/_components/function-flags";
import { CRITICALITY_FILTER } from "@/app/(portal)/vendors/_components/vendor-filter-fields";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import { drLookbackStart } from "@/lib/continuity/rules";
import type { FunctionResponse } from "@/lib/continuity/schemas";

type Name = "q" | "criticality" | "flagged" | "dr";

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
  // From the executive dashboard's DR figures: exactly the functions each counts.
  {
    kind: "link",
    names: ["dr"],
    chip: (f) =>
      f.dr === "overdue"
        ? "DR test overdue"
        : f.dr === "missed"
          ? "Missed RTO or RPO since " + drLookbackStart(new Date()).toISOString().slice(0, 10)
          : null,
    removeLabel: "Remove the DR filter",
    testId: "dr-filter",
  },
];

/** A DONE test since the DR look-back start missed its RTO or RPO (the executive dashboard's count). */
export const missedSinceLookback = (f: FunctionResponse, now = new Date()) => {
  const since = drLookbackStart(now).getTime();
  return f.recentTests.some(
    (t) =>
      t.status === "DONE" &&
      t.performedAt !== null &&
      new Date(t.performedAt).getTime() >= since &&
      (t.rtoMet === false || t.rpoMet === false),
  );
};

export const FUNCTION_FILTER_NAMES = fieldNames(FUNCTION_FILTER_FIELDS);

export function filterFunctions(items: FunctionResponse[], p: UrlFilters<Name>) {
  const needle = p.q.toLowerCase();
  return items.filter(
    (f) =>
      (!p.criticality || f.criticality === p.criticality) &&
      (p.flagged !== "true" || isFlagged(f)) &&
      (p.dr !== "overdue" || f.drSchedule.some((s) => s.overdue)) &&
      (p.dr !== "missed" || missedSinceLookback(f)) &&
      (!needle || f.name.toLowerCase().includes(needle) || f.description.toLowerCase().includes(needle)),
  );
}
