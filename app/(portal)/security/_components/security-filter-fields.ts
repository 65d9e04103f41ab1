// The security queue's filters, bound to the URL by the kit's filter bar (shareable, linkable from an
// incident). `from`/`to` (ISO times) limit the queue to events of a period: the security dashboard's
// figures link here with the UTC days they counted.
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { capitalized, menuFilter, optionsOf, periodFilter } from "@/components/ui/filter-fields";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import type { SecurityFilters } from "@/lib/client/security";
import { RULES } from "@/lib/security/detection-rules";
import { SECURITY_EVENT_TYPES, SECURITY_SEVERITIES } from "@/lib/security/schemas";

export type SecurityFilterName =
  "q" | "type" | "severity" | "investigated" | "resolved" | "rule" | "from" | "to";
export type SecurityListParams = UrlFilters<SecurityFilterName>;

// A triage flag as a menu: "Investigated?" (either), then no and yes, with no chip prefix.
const yesNoFilter = (name: "investigated" | "resolved", [no, yes]: [string, string], className?: string) =>
  menuFilter<SecurityFilterName>(
    name,
    name,
    [
      { value: "false", label: no },
      { value: "true", label: yes },
    ],
    { any: `${capitalized(name)}?`, chipName: false, className },
  );

export const SECURITY_FILTER_FIELDS: FilterField<SecurityFilterName>[] = [
  {
    kind: "search",
    name: "q",
    label: "Search security events",
    placeholder: "Search summary, source, account, details",
  },
  menuFilter("type", "type", optionsOf(SECURITY_EVENT_TYPES, TYPE_LABELS), { className: "sm:w-36" }),
  menuFilter("severity", "severity", [
    { value: "CRITICAL,HIGH", label: "Critical or high" },
    ...optionsOf([...SECURITY_SEVERITIES].reverse(), capitalized),
  ]),
  yesNoFilter("investigated", ["Not investigated", "Investigated"], "sm:w-44"),
  yesNoFilter("resolved", ["Unresolved", "Resolved"]),
  menuFilter("rule", "rule", optionsOf(Object.values(RULES), String), {
    label: "Filter by detection rule",
    className: "sm:w-56",
  }),
  periodFilter("from", "to", "Recorded"),
];

export const SECURITY_FILTER_NAMES = fieldNames(SECURITY_FILTER_FIELDS);

export function toSecurityFilters(p: SecurityListParams): SecurityFilters {
  return Object.fromEntries(SECURITY_FILTER_NAMES.filter((n) => p[n]).map((n) => [n, p[n]]));
}
