// The vendor list's filters, bound to the URL (shareable: "critical vendors needing attention").
// `reviewOverdue=true` and `action=UNASSESSED` also come by link from the executive dashboard's figures.
import { CRITICALITY_LABELS } from "@/app/(portal)/vendors/_components/vendor-labels";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import type { VendorFilters } from "@/lib/client/vendors";
import { CRITICALITIES } from "@/lib/vendors/assessment-formula";

type Name = "q" | "criticality" | "action" | "attention" | "reviewOverdue";

const ACTIONS = ["CONTINUE", "REVIEW", "REPLACE", "UNASSESSED"];

/** Vendors and business functions share the handbook's criticality scale, and so this filter. */
export const CRITICALITY_FILTER = {
  kind: "select",
  name: "criticality",
  label: "Filter by criticality",
  chipName: "Criticality",
  options: [
    { value: "", label: "Any criticality" },
    ...CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] })),
  ],
} as const satisfies FilterField<"criticality">;

export const VENDOR_FILTER_FIELDS: FilterField<Name>[] = [
  { kind: "search", name: "q", label: "Search vendors", placeholder: "Search name, service, owner" },
  CRITICALITY_FILTER,
  {
    kind: "select",
    name: "action",
    label: "Filter by recommended action",
    chipName: "Recommendation",
    className: "sm:w-44",
    options: [
      { value: "", label: "Any recommendation" },
      ...ACTIONS.map((a) => ({ value: a, label: a === "UNASSESSED" ? "Not assessed" : a })),
    ],
  },
  {
    kind: "toggle",
    name: "attention",
    label: "Needs attention",
    tone: "warning",
    title: "Overdue reviews, notice periods, expiring certifications, REVIEW or REPLACE",
  },
  {
    kind: "link",
    names: ["reviewOverdue"],
    chip: (f) => (f.reviewOverdue === "true" ? "Review overdue" : null),
    removeLabel: "Remove the review-overdue filter",
    testId: "review-overdue-filter",
  },
];

export const VENDOR_FILTER_NAMES = fieldNames(VENDOR_FILTER_FIELDS);

// A hand-edited link with an unknown value is ignored rather than turned into a 422 from the API.
export function toVendorFilters(p: UrlFilters<Name>): VendorFilters {
  return {
    criticality: (CRITICALITIES as readonly string[]).includes(p.criticality) ? p.criticality : undefined,
    action: ACTIONS.includes(p.action) ? p.action : undefined,
    attention: p.attention === "true" ? "true" : undefined,
    reviewOverdue: p.reviewOverdue === "true" ? "true" : undefined,
    q: p.q || undefined,
  };
}
