// The security queue's filters, bound to the URL by the kit's filter bar (shareable, linkable from an
// incident). `from`/`to` (ISO times) limit the queue to events of a period: the security dashboard's
// figures link here with the UTC days they counted.
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { periodLabel } from "@/components/ui/period-label";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import type { SecurityFilters } from "@/lib/client/security";
import { RULES } from "@/lib/security/detection-rules";
import { SECURITY_EVENT_TYPES, SECURITY_SEVERITIES } from "@/lib/security/schemas";

export type SecurityFilterName =
  "q" | "type" | "severity" | "investigated" | "resolved" | "rule" | "from" | "to";
export type SecurityListParams = UrlFilters<SecurityFilterName>;

export const SECURITY_FILTER_FIELDS: FilterField<SecurityFilterName>[] = [
  {
    kind: "search",
    name: "q",
    label: "Search security events",
    placeholder: "Search summary, source, account, details",
  },
  {
    kind: "select",
    name: "type",
    label: "Filter by type",
    chipName: "Type",
    className: "sm:w-36",
    options: [
      { value: "", label: "Any type" },
      ...SECURITY_EVENT_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] })),
    ],
  },
  {
    kind: "select",
    name: "severity",
    label: "Filter by severity",
    chipName: "Severity",
    options: [
      { value: "", label: "Any severity" },
      { value: "CRITICAL,HIGH", label: "Critical or high" },
      ...[...SECURITY_SEVERITIES]
        .reverse()
        .map((s) => ({ value: s, label: `${s.charAt(0)}${s.slice(1).toLowerCase()}` })),
    ],
  },
  {
    kind: "select",
    name: "investigated",
    label: "Filter by investigated",
    className: "sm:w-44",
    options: [
      { value: "", label: "Investigated?" },
      { value: "false", label: "Not investigated" },
      { value: "true", label: "Investigated" },
    ],
  },
  {
    kind: "select",
    name: "resolved",
    label: "Filter by resolved",
    options: [
      { value: "", label: "Resolved?" },
      { value: "false", label: "Unresolved" },
      { value: "true", label: "Resolved" },
    ],
  },
  {
    kind: "select",
    name: "rule",
    label: "Filter by detection rule",
    chipName: "Rule",
    className: "sm:w-56",
    options: [{ value: "", label: "Any rule" }, ...Object.values(RULES).map((r) => ({ value: r, label: r }))],
  },
  {
    kind: "link",
    names: ["from", "to"],
    chip: (p) => periodLabel("Recorded", p.from, p.to),
    removeLabel: "Remove the period filter",
    testId: "period-filter",
  },
];

export const SECURITY_FILTER_NAMES = fieldNames(SECURITY_FILTER_FIELDS);

export function toSecurityFilters(p: SecurityListParams): SecurityFilters {
  return Object.fromEntries(SECURITY_FILTER_NAMES.filter((n) => p[n]).map((n) => [n, p[n]]));
}
