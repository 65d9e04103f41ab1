"use client";
// The kit's filter bar: a list's search box, menus and toggles bound to the URL, a removable chip for
// every active filter (link-borne ones too: a dashboard figure's period) and "Clear all". Pair it with
// `useUrlFilters(fieldNames(fields))`; see `FilterField` for the kinds of control.
import { useCallback, useId, useRef, type RefObject } from "react";
import { Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { FilterChip } from "@/components/ui/filter-chip";
import { useShortcuts } from "@/components/ui/shortcuts";
import { Kbd } from "@/components/ui/states";
import { searchShortcuts } from "@/components/ui/use-list-keys";
import { filterChips, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import type { SetUrlFilters } from "@/components/ui/use-url-filters";
import { useUrlText } from "@/components/ui/use-url-params";

type Props<N extends string> = {
  /** The search landmark's name ("Filter vendors"). */
  label: string;
  fields: readonly FilterField<N>[];
  filters: UrlFilters<N>;
  setFilters: SetUrlFilters<N>;
  onClear: () => void;
  /** The search box, when the page needs it too; the bar registers `/` for it either way. */
  searchRef?: RefObject<HTMLInputElement | null>;
};

const TOGGLE_TONES = {
  accent: "border-accent bg-accent/10 text-accent",
  warning: "border-warning bg-warning/10 text-warning",
  danger: "border-danger bg-danger/10 text-danger",
};

// Half a phone's width for menus, their own width from `sm` up.
const HALF = "w-[calc(50%-0.25rem)]";

/** A list's URL-bound filters with a chip per active filter; `/` focuses the search box. */
export function FilterBar<N extends string>({
  label,
  fields,
  filters,
  setFilters,
  onClear,
  searchRef,
}: Props<N>) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = searchRef ?? ownRef;
  const hasSearch = fields.some((f) => f.kind === "search");
  useShortcuts(searchShortcuts(hasSearch ? ref : undefined));
  const chips = filterChips(fields, filters);

  return (
    <div role="search" aria-label={label} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {fields.map((f) => {
          switch (f.kind) {
            case "search":
              return (
                <SearchBox
                  key={f.name}
                  field={f}
                  value={filters[f.name]}
                  setFilters={setFilters}
                  inputRef={ref}
                />
              );
            case "text":
              return <TextFilter key={f.name} field={f} value={filters[f.name]} setFilters={setFilters} />;
            case "select":
              return (
                <Select
                  key={f.name}
                  value={filters[f.name]}
                  onChange={(e) => setFilters({ [f.name]: e.target.value } as Partial<UrlFilters<N>>)}
                  aria-label={f.label}
                  className={cn(HALF, f.className ?? "sm:w-40")}
                >
                  {withCurrent(f.options, filters[f.name]).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              );
            case "segmented":
              return (
                <div
                  key={f.name}
                  role="group"
                  aria-label={f.label}
                  className="inline-flex rounded-md border border-border bg-surface p-0.5"
                >
                  {f.options.map((o) => (
                    <button
                      key={o.value}
                      type="button"
                      aria-pressed={filters[f.name] === o.value}
                      onClick={() => setFilters({ [f.name]: o.value } as Partial<UrlFilters<N>>)}
                      className={cn(
                        "min-h-8 rounded px-3 py-1 text-sm",
                        filters[f.name] === o.value
                          ? "bg-accent/15 font-medium text-accent"
                          : "text-muted hover:bg-surface-2 hover:text-fg",
                      )}
                    >
                      {o.label}
                    </button>
                  ))}
                </div>
              );
            case "toggle": {
              const isOn = filters[f.name] === "true";
              return (
                <button
                  key={f.name}
                  type="button"
                  aria-pressed={isOn}
                  title={f.title}
                  onClick={() => setFilters({ [f.name]: isOn ? "" : "true" } as Partial<UrlFilters<N>>)}
                  className={cn(
                    "h-9 rounded-md border px-3 text-sm",
                    isOn ? TOGGLE_TONES[f.tone ?? "accent"] : "border-border bg-surface hover:bg-surface-2",
                  )}
                >
                  {f.label}
                </button>
              );
            }
            case "link":
              return null;
          }
        })}
      </div>
      {chips.length ? (
        <div className="flex flex-wrap items-center gap-2" data-testid="filter-chips">
          {chips.map((c) => (
            <FilterChip
              key={c.id}
              testId={c.testId}
              label={c.label}
              removeLabel={c.removeLabel}
              onRemove={() =>
                setFilters(Object.fromEntries(c.clears.map((n) => [n, ""])) as Partial<UrlFilters<N>>)
              }
            />
          ))}
          <Button size="sm" variant="ghost" onClick={onClear}>
            <X aria-hidden className="size-3" /> Clear filters
          </Button>
        </div>
      ) : null}
    </div>
  );
}

// A shared link may carry a value the menu does not list (`status=DRAFT,APPROVED`): offer it as is.
const withCurrent = (options: readonly { value: string; label: string }[], value: string) =>
  options.some((o) => o.value === value) ? options : [...options, { value, label: value }];

function useReplace<N extends string>(setFilters: SetUrlFilters<N>) {
  return useCallback((changes: Partial<UrlFilters<N>>) => setFilters(changes, "replace"), [setFilters]);
}

function SearchBox<N extends string>({
  field,
  value,
  setFilters,
  inputRef,
}: {
  field: Extract<FilterField<N>, { kind: "search" }>;
  value: string;
  setFilters: SetUrlFilters<N>;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const [text, setText] = useUrlText(field.name, value, useReplace(setFilters));
  return (
    <div className="relative w-full max-w-xs">
      <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
      <Input
        ref={inputRef}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) =>
          e.key === "Enter" && setFilters({ [field.name]: text.trim() } as Partial<UrlFilters<N>>)
        }
        placeholder={field.placeholder}
        aria-label={field.label}
        className="pr-7 pl-8"
      />
      <span className="pointer-events-none absolute top-2 right-2">
        <Kbd>/</Kbd>
      </span>
    </div>
  );
}

function TextFilter<N extends string>({
  field,
  value,
  setFilters,
}: {
  field: Extract<FilterField<N>, { kind: "text" }>;
  value: string;
  setFilters: SetUrlFilters<N>;
}) {
  const [text, setText] = useUrlText(field.name, value, useReplace(setFilters));
  const listId = useId();
  return (
    <>
      <Input
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={field.placeholder}
        aria-label={field.label}
        list={field.suggestions ? listId : undefined}
        className={cn(HALF, field.className ?? "sm:w-40")}
      />
      {field.suggestions ? (
        <datalist id={listId}>
          {field.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}
