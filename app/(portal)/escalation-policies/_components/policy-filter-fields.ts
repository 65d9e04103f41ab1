// The policy list's filters, bound to the URL. The list is small and not paged: it is filtered here.
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";

type Name = "q" | "scope";

export const POLICY_FILTER_FIELDS: FilterField<Name>[] = [
  { kind: "search", name: "q", label: "Search policies", placeholder: "Search name or service" },
  {
    kind: "select",
    name: "scope",
    label: "Filter by what they apply to",
    chipName: "Applies to",
    options: [
      { value: "", label: "All policies" },
      { value: "service", label: "One service" },
      { value: "tier", label: "Tier defaults" },
    ],
  },
];

export const POLICY_FILTER_NAMES = fieldNames(POLICY_FILTER_FIELDS);

type Filterable = { name: string; scope: { serviceSlug: string } | { tier: string } };

/** The policies the URL's filters match (an unknown scope kind matches nothing, like an empty result). */
export function filterPolicies<T extends Filterable>(items: readonly T[], f: UrlFilters<Name>): T[] {
  const needle = f.q.trim().toLowerCase();
  return items.filter((p) => {
    const isTier = "tier" in p.scope;
    if (f.scope && f.scope !== (isTier ? "tier" : "service")) return false;
    const slug = "serviceSlug" in p.scope ? p.scope.serviceSlug : "";
    return !needle || p.name.toLowerCase().includes(needle) || slug.includes(needle);
  });
}
