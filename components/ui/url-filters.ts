// The pure half of the URL-bound filter bar: reading a list's filters from a query string, writing a
// change back into it, and the chip each active filter shows. No React, no DOM: unit-tested in milliseconds.

/** A list's filters by URL parameter name; "" is "not filtered by this". */
export type UrlFilters<N extends string> = Record<N, string>;

export type FilterOption = { value: string; label: string };

/**
 * One control of a filter bar, bound to the URL parameter `name`.
 * - `search`: the list's search box (`/` focuses it), written once typing pauses.
 * - `select`: a menu; its first option is usually the unfiltered one (`value: ""`).
 * - `segmented`: the same as buttons side by side, for two to four views ("Not done" | "Done").
 * - `toggle`: a pressed/unpressed button that sets `name=true`.
 * - `text`: a free text filter (a service slug) with optional suggestions.
 * - `link`: no control: a filter that arrives with a link (a dashboard figure's period); only its chip
 *   shows, `chip` returns its label (null: not active) and removing it clears every name in `names`.
 */
export type FilterField<N extends string> =
  | { kind: "search"; name: N; label: string; placeholder: string }
  | {
      kind: "select" | "segmented";
      name: N;
      label: string;
      /** The chip's prefix ("Criticality: High"); no prefix when the option label says it all. */
      chipName?: string;
      options: readonly FilterOption[];
      className?: string;
    }
  | {
      kind: "toggle";
      name: N;
      label: string;
      title?: string;
      tone?: "accent" | "warning" | "danger";
    }
  | {
      kind: "text";
      name: N;
      label: string;
      chipName: string;
      placeholder: string;
      suggestions?: readonly string[];
      className?: string;
    }
  | {
      kind: "link";
      names: readonly N[];
      chip: (filters: UrlFilters<N>) => string | null;
      removeLabel: string;
      testId?: string;
    };

/** A removable chip for one active filter. */
export type FilterChipModel<N extends string> = {
  id: string;
  label: string;
  removeLabel: string;
  testId?: string;
  /** The parameters removing the chip clears. */
  clears: readonly N[];
};

type SearchLike = { get: (name: string) => string | null };

/** The filters named `names` as the URL has them, trimmed; missing ones are "". */
export function readUrlFilters<N extends string>(names: readonly N[], search: SearchLike): UrlFilters<N> {
  return Object.fromEntries(names.map((n) => [n, search.get(n)?.trim() ?? ""])) as UrlFilters<N>;
}

/**
 * The query string (no "?") after `changes`: an empty value removes its parameter, parameters not
 * mentioned (a page's own, like `view`) are kept in their order.
 */
export function writeUrlFilters(query: string, changes: Partial<Record<string, string>>): string {
  const next = new URLSearchParams(query);
  for (const [name, value] of Object.entries(changes)) {
    if (value?.trim()) next.set(name, value.trim());
    else next.delete(name);
  }
  return next.toString();
}

/** Every filter name set to "": what "Clear all" writes. */
export const clearedFilters = <N extends string>(names: readonly N[]) =>
  Object.fromEntries(names.map((n) => [n, ""])) as UrlFilters<N>;

export const hasActiveFilters = <N extends string>(filters: UrlFilters<N>) =>
  Object.values<string>(filters).some((v) => v !== "");

/** The names a bar's fields bind, for `useUrlFilters`. */
export const fieldNames = <N extends string>(fields: readonly FilterField<N>[]): N[] =>
  fields.flatMap((f) => (f.kind === "link" ? [...f.names] : [f.name]));

// A shared link may carry a value the menu does not list (`severity=P1,P2`): the chip shows it as is.
const optionLabel = (options: readonly FilterOption[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

/** The chips of the active filters, in the bar's order. */
export function filterChips<N extends string>(
  fields: readonly FilterField<N>[],
  filters: UrlFilters<N>,
): FilterChipModel<N>[] {
  return fields.flatMap((f): FilterChipModel<N>[] => {
    if (f.kind === "link") {
      const label = f.chip(filters);
      return label
        ? [{ id: f.names.join("+"), label, removeLabel: f.removeLabel, testId: f.testId, clears: f.names }]
        : [];
    }
    const value = filters[f.name];
    if (!value || (f.kind === "toggle" && value !== "true")) return [];
    const label =
      f.kind === "search"
        ? `“${value}”`
        : f.kind === "toggle"
          ? f.label
          : f.kind === "text"
            ? `${f.chipName}: ${value}`
            : f.chipName
              ? `${f.chipName}: ${optionLabel(f.options, value)}`
              : optionLabel(f.options, value);
    const what = f.kind === "search" ? `the search ${label}` : label;
    return [{ id: f.name, label, removeLabel: `Remove ${what}`, clears: [f.name] }];
  });
}
