// The request list's filters, bound to the URL by the kit's filter bar (shareable). `expiring=N`:
// approved grants ending within N days, soonest first; `inForce=true`: approved grants not past their
// expiry (the security dashboard's figures link here with them).
import { STATUS_LABELS } from "@/app/(portal)/access/_components/access-labels";
import { menuFilter, optionsOf } from "@/components/ui/filter-fields";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import { ACCESS_STATUSES, ACCESS_TYPES } from "@/lib/access/rules";
import type { AccessFilters } from "@/lib/client/access";

export type AccessFilterName = "q" | "status" | "type" | "expiring" | "inForce";
export type AccessListParams = UrlFilters<AccessFilterName>;

// A day count the API takes (1–90), or none.
export function expiringDays(value: string): number | null {
  const days = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  return days >= 1 && days <= 90 ? days : null;
}

export const ACCESS_FILTER_FIELDS: FilterField<AccessFilterName>[] = [
  {
    kind: "search",
    name: "q",
    label: "Search access requests",
    placeholder: "Search justification or exact resource",
  },
  menuFilter(
    "status",
    "status",
    [{ value: "PENDING,APPROVED", label: "Pending or active" }, ...optionsOf(ACCESS_STATUSES, STATUS_LABELS)],
    { className: "sm:w-44" },
  ),
  menuFilter("type", "type", optionsOf(ACCESS_TYPES, String), {
    label: "Filter by access type",
    className: "sm:w-32",
  }),
  {
    kind: "link",
    names: ["expiring"],
    chip: (p) => {
      const days = expiringDays(p.expiring);
      return days ? `Approved grants ending within ${days === 1 ? "1 day" : `${days} days`}` : null;
    },
    removeLabel: "Remove the expiry filter",
    testId: "expiring-filter",
  },
  {
    kind: "link",
    names: ["inForce"],
    chip: (p) => (p.inForce === "true" ? "In force now (not past its expiry)" : null),
    removeLabel: "Remove the in-force filter",
    testId: "in-force-filter",
  },
];

export const ACCESS_FILTER_NAMES = fieldNames(ACCESS_FILTER_FIELDS);

export function toAccessFilters(p: AccessListParams): AccessFilters {
  const days = expiringDays(p.expiring);
  return {
    status: p.status || undefined,
    accessType: p.type || undefined,
    q: p.q || undefined,
    expiringWithinDays: days ? String(days) : undefined,
    inForce: p.inForce === "true" ? "true" : undefined,
  };
}
