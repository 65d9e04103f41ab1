"use client";
// One catalog service, chosen from a menu: what a record that belongs to exactly one service needs (an
// escalation policy's service). ServicePicker is its sibling for several services at once. The menu says
// when the catalog is loading, failed or empty instead of offering nothing.
import { Field } from "@/components/ui/field";
import { OptionSelect } from "@/components/ui/option-select";

type Service = { slug: string; name: string };
type Props = {
  label: string;
  services: readonly Service[];
  /** The chosen slug, "" while none is. */
  value: string;
  onChange: (slug: string) => void;
  error?: string;
  hint?: string;
  /** The catalog is still loading, or failed to. */
  status?: "pending" | "error";
  /** What an empty catalog means for this form. */
  emptyText: string;
};

/**
 * @example <ServiceSelect label="Service" services={catalog} value={slug} onChange={setSlug}
 *   emptyText="The service catalog is empty." />
 */
export function ServiceSelect({ label, services, value, onChange, error, hint, status, emptyText }: Props) {
  const note =
    status === "pending"
      ? "Loading the catalog…"
      : status === "error"
        ? "The service catalog could not be loaded; reload the page to try again."
        : services.length === 0
          ? emptyText
          : hint;
  // A chosen service the catalog no longer lists stays choosable, so an edit does not change it silently.
  const options =
    services.some((s) => s.slug === value) || !value ? services : [...services, { slug: value, name: value }];
  return (
    <Field label={label} error={error} hint={note}>
      {(id, describedBy) => (
        <OptionSelect
          id={id}
          aria-describedby={describedBy}
          aria-invalid={!!error}
          options={options.map((s) => ({
            value: s.slug,
            label: s.name === s.slug ? s.slug : `${s.name} (${s.slug})`,
          }))}
          empty={{ value: "", label: status === "pending" ? "Loading services…" : "Choose a service" }}
          value={value}
          onValue={onChange}
          disabled={status === "pending"}
        />
      )}
    </Field>
  );
}
