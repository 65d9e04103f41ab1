// The integration list's filters, bound to the URL. The list is small and not paged: it is filtered here.
import { KIND_LABELS } from "@/app/(portal)/integrations/_components/integration-labels";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import { INTEGRATION_KINDS } from "@/lib/alerts/schemas";

type Name = "q" | "kind" | "paused";

export const INTEGRATION_FILTER_FIELDS: FilterField<Name>[] = [
  { kind: "search", name: "q", label: "Search integrations", placeholder: "Search name or service" },
  {
    kind: "select",
    name: "kind",
    label: "Filter by kind",
    chipName: "Kind",
    options: [
      { value: "", label: "Any kind" },
      ...INTEGRATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
    ],
  },
  {
    kind: "toggle",
    name: "paused",
    label: "Paused",
    tone: "warning",
    title: "Integrations that open nothing",
  },
];

export const INTEGRATION_FILTER_NAMES = fieldNames(INTEGRATION_FILTER_FIELDS);

type Filterable = { name: string; kind: string; paused: boolean; services: readonly string[] };

/** The integrations the URL's filters match (an unknown kind matches nothing, like an empty result). */
export function filterIntegrations<T extends Filterable>(items: readonly T[], f: UrlFilters<Name>): T[] {
  const needle = f.q.trim().toLowerCase();
  return items.filter(
    (i) =>
      (!f.kind || i.kind === f.kind) &&
      (f.paused !== "true" || i.paused) &&
      (!needle || i.name.toLowerCase().includes(needle) || i.services.some((s) => s.includes(needle))),
  );
}
