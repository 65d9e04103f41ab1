"use client";
// Catalog services a vendor provides or supports, as checkboxes; optional, so a failed load only says so.
import { useServices } from "@/lib/client/services";

type Props = { value: string[]; onChange: (slugs: string[]) => void; error?: string };

export function ServicePicker({ value, onChange, error }: Props) {
  const services = useServices({});
  const items = services.data?.items ?? [];
  const toggle = (slug: string, on: boolean) =>
    onChange(on ? [...value, slug] : value.filter((s) => s !== slug));
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="mb-1 block text-sm font-medium">
        Services it supports <span className="font-normal text-muted">(optional)</span>
      </legend>
      {services.isPending ? (
        <p className="text-xs text-muted">Loading the catalog…</p>
      ) : services.isError ? (
        <p className="text-xs text-warning">The service catalog could not be loaded; leave this for now.</p>
      ) : (
        <div
          className={`grid max-h-36 gap-x-3 gap-y-0.5 overflow-y-auto rounded-md border p-2 sm:grid-cols-2 ${error ? "border-danger" : "border-border"}`}
        >
          {items.map((s) => (
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
        </div>
      )}
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
