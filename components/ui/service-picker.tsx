"use client";
// Catalog services as checkboxes: an incident's affected services, the services a change touches, the
// services a vendor supports. A filter box appears once the catalog is too long to scan.
import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";

type Service = { slug: string; name: string };
type Props = {
  /** "Affected services": the count chosen, or whether one is needed, follows in brackets. */
  legend: string;
  services: Service[];
  value: string[];
  onChange: (slugs: string[]) => void;
  error?: string;
  /** At least one must be chosen ("at least one" rather than "optional" while none is). */
  isRequired?: boolean;
  /** The list is the catalog's first page only. */
  isTruncated?: boolean;
  /** The catalog is still loading, or failed to (a form that loads it itself). */
  status?: "pending" | "error";
  /** What an empty catalog means for this form. */
  emptyText: string;
  testId?: string;
};

const FILTER_FROM = 9;

/** Checkboxes over the service catalog, filterable once it is long; `value` holds the chosen slugs. */
export function ServicePicker({
  legend,
  services,
  value,
  onChange,
  error,
  isRequired = false,
  isTruncated = false,
  status,
  emptyText,
  testId = "service-picker",
}: Props) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? services.filter((s) => s.slug.includes(needle) || s.name.toLowerCase().includes(needle))
    : services;
  const toggle = (slug: string, on: boolean) =>
    onChange(on ? [...value, slug] : value.filter((s) => s !== slug));
  const need = isRequired ? "at least one" : "optional";

  return (
    <fieldset
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={!!error}
      className="min-w-0 space-y-1"
    >
      <legend className="mb-1 block text-sm font-medium">
        {legend}{" "}
        <span className="font-normal text-muted">({value.length ? `${value.length} chosen` : need})</span>
      </legend>
      {services.length >= FILTER_FROM ? (
        <Input
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Filter services"
          aria-label="Filter the service list"
          className="mb-1 h-8"
        />
      ) : null}
      {status === "pending" ? (
        <p className="text-xs text-muted">Loading the catalog…</p>
      ) : status === "error" ? (
        <p className="text-xs text-warning">The service catalog could not be loaded; leave this for now.</p>
      ) : services.length === 0 ? (
        <p className={cn("text-sm", isRequired ? "text-warning" : "text-muted")}>{emptyText}</p>
      ) : (
        <div
          className={cn(
            "grid max-h-48 gap-x-3 gap-y-0.5 overflow-y-auto rounded-md border p-2 sm:grid-cols-2",
            error ? "border-danger" : "border-border",
          )}
          data-testid={testId}
        >
          {shown.map((s) => (
            <label
              key={s.slug}
              className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-surface-2"
            >
              <input
                type="checkbox"
                checked={value.includes(s.slug)}
                onChange={(e) => toggle(s.slug, e.target.checked)}
                className="accent-[var(--accent)]"
              />
              <span className="truncate">{s.name}</span>
              <span className="ml-auto font-mono text-xs text-muted">{s.slug}</span>
            </label>
          ))}
          {shown.length === 0 ? <p className="text-sm text-muted">No service matches “{filter}”.</p> : null}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : isTruncated ? (
        <p className="text-xs text-muted">Showing the first {services.length} services of the catalog.</p>
      ) : null}
    </fieldset>
  );
}
