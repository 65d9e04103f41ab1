"use client";
// Affected services as checkboxes; a filter box appears once the catalog is too long to scan.
import { useId, useState } from "react";
import { Input } from "@/components/ui/field";

type Service = { slug: string; name: string };
type Props = {
  services: Service[];
  value: string[];
  onChange: (slugs: string[]) => void;
  error?: string;
  isTruncated: boolean;
};

const FILTER_FROM = 9;

export function ServicePicker({ services, value, onChange, error, isTruncated }: Props) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? services.filter((s) => s.slug.includes(needle) || s.name.toLowerCase().includes(needle))
    : services;
  const toggle = (slug: string, on: boolean) =>
    onChange(on ? [...value, slug] : value.filter((s) => s !== slug));

  return (
    <fieldset
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={!!error}
      className="space-y-1"
    >
      <legend className="mb-1 block text-sm font-medium">
        Affected services{" "}
        <span className="font-normal text-muted">
          ({value.length ? `${value.length} chosen` : "optional"})
        </span>
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
      {services.length === 0 ? (
        <p className="text-sm text-muted">The service catalog is empty: report without services.</p>
      ) : (
        <div
          className="grid max-h-48 gap-x-3 gap-y-0.5 overflow-y-auto rounded-md border border-border p-2 sm:grid-cols-2"
          data-testid="service-picker"
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
