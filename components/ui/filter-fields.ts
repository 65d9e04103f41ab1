// Builders for the filter bar's fields (see `FilterField` in url-filters.ts): a list declares its menus
// by what differs (the noun, the options), and every menu gets the same name, unfiltered option and chip.
import { periodLabel } from "@/components/ui/period-label";
import type { FilterField, FilterOption, UrlFilters } from "@/components/ui/url-filters";

/** One option per value, labelled from a label table (`STATUS_LABELS`) or a function. */
export function optionsOf<V extends string>(
  values: readonly V[],
  label: Readonly<Record<V, string>> | ((value: V) => string),
): FilterOption[] {
  return values.map((value) => ({ value, label: typeof label === "function" ? label(value) : label[value] }));
}

/** "HIGH" → "High": an enum value as a word, for lists with no label table. */
export const capitalized = (value: string) =>
  `${value.charAt(0).toUpperCase()}${value.slice(1).toLowerCase()}`;

type MenuOptions = {
  /** The control's accessible name; "Filter by <noun>" by default. */
  label?: string;
  /** The unfiltered first option; "Any <noun>" by default. */
  any?: string;
  /** The chip's prefix ("Status: Open"); the noun capitalised by default, false for none. */
  chipName?: string | false;
  /** "segmented" for two to four views side by side. */
  kind?: "select" | "segmented";
  className?: string;
};

/**
 * A menu filter on the URL parameter `name`: the unfiltered option first, then `options`.
 * @example menuFilter("status", "status", optionsOf(STATUSES, STATUS_LABELS), { className: "sm:w-44" })
 *   // "Filter by status", first option "Any status", chip "Status: Approved"
 */
export function menuFilter<N extends string>(
  name: N,
  noun: string,
  options: readonly FilterOption[],
  { label, any, chipName, kind = "select", className }: MenuOptions = {},
): FilterField<N> {
  return {
    kind,
    name,
    label: label ?? `Filter by ${noun}`,
    chipName: chipName === false ? undefined : (chipName ?? capitalized(noun)),
    className,
    options: [{ value: "", label: any ?? `Any ${noun}` }, ...options],
  };
}

/**
 * The chip of a period that arrives with a link (a dashboard figure's): `verb` opens its label
 * ("Recorded 2026-10-01 – 2026-10-31 (UTC)"); removing it clears both bounds.
 */
export function periodFilter<N extends string>(
  from: N,
  to: N,
  verb: string,
  { removeLabel = "Remove the period filter", testId = "period-filter" } = {},
): FilterField<N> {
  return {
    kind: "link",
    names: [from, to],
    chip: (p: UrlFilters<N>) => periodLabel(verb, p[from], p[to]),
    removeLabel,
    testId,
  };
}
