"use client";
import type { RefObject } from "react";
import { FilterBar } from "@/components/ui/filter-bar";
import type { FilterField } from "@/components/ui/url-filters";
import type { useUrlFilters } from "@/components/ui/use-url-filters";

/**
 * The filter bar bound to what `useUrlFilters` returned: the way a list that lays itself out (not on
 * `ListView`) puts its filters above it.
 * @example const url = useUrlFilters(NAMES); … <UrlFilterBar label="Filter people" fields={FIELDS} url={url} />
 */
export function UrlFilterBar<N extends string>({
  label,
  fields,
  url,
  searchRef,
}: {
  /** The search landmark's name ("Filter people"). */
  label: string;
  fields: readonly FilterField<N>[];
  url: ReturnType<typeof useUrlFilters<N>>;
  searchRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <FilterBar
      label={label}
      fields={fields}
      filters={url.filters}
      setFilters={url.setFilters}
      onClear={url.clear}
      searchRef={searchRef}
    />
  );
}
