"use client";
// A radio group drawn as a segmented control: native radios, so arrow keys move the choice and screen
// readers announce "1 of 4".
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type SegmentOption<T extends string> = {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  checkedClass?: string;
};

type Props<T extends string> = {
  name: string;
  legend: string;
  options: readonly SegmentOption<T>[];
  value: T | "";
  onChange: (value: T) => void;
  error?: string;
  footer?: ReactNode;
};

export function SegmentedRadio<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
  footer,
}: Props<T>) {
  const id = useId();
  const describedBy = error ? `${id}-error` : footer ? `${id}-footer` : undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={!!error} className="space-y-1">
      <legend className="mb-1 block text-sm font-medium">{legend}</legend>
      <div
        className={cn(
          "grid gap-1 rounded-md border p-1",
          error ? "border-danger" : "border-border",
          options.length === 4 ? "grid-cols-2 sm:grid-cols-4" : "grid-cols-3",
        )}
      >
        {options.map((o) => (
          <label
            key={o.value}
            className={cn(
              "cursor-pointer rounded px-2 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus",
              value === o.value
                ? (o.checkedClass ?? "bg-accent/15 text-accent ring-1 ring-accent/40")
                : "hover:bg-surface-2",
            )}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            <span className="block font-medium">{o.label}</span>
            {o.hint ? <span className="block text-xs text-muted">{o.hint}</span> : null}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : footer ? (
        <p id={`${id}-footer`} className="text-xs text-muted">
          {footer}
        </p>
      ) : null}
    </fieldset>
  );
}
