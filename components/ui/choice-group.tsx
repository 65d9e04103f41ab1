"use client";
// A radio group drawn as a segmented control: native radios, so arrow keys move the choice and screen
// readers announce the group's question and "2 of 3".
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type Choice<T extends string> = { value: T; label: ReactNode; hint?: ReactNode };

type Props<T extends string> = {
  name: string;
  legend: ReactNode;
  choices: readonly Choice<T>[];
  value: T | "" | undefined;
  onChange: (value: T) => void;
  error?: string;
  className?: string;
  // One row of equal cells (a 1–5 scale) instead of wrapping labels.
  isScale?: boolean;
};

export function ChoiceGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  error,
  className,
  isScale = false,
}: Props<T>) {
  const id = useId();
  return (
    <fieldset
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={!!error}
      className={cn("min-w-0 space-y-1", className)}
    >
      <legend className="mb-1 block text-sm font-medium">{legend}</legend>
      <div
        className={cn(
          "gap-1 rounded-md border p-1",
          isScale ? "grid auto-cols-fr grid-flow-col" : "flex flex-wrap",
          error ? "border-danger" : "border-border",
        )}
      >
        {choices.map((c) => (
          <label
            key={c.value}
            className={cn(
              "cursor-pointer rounded py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus",
              isScale ? "px-1 text-center font-mono" : "min-w-10 flex-1 px-2",
              value === c.value ? "bg-accent/15 text-accent ring-1 ring-accent/40" : "hover:bg-surface-2",
            )}
          >
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              className="sr-only"
            />
            <span className="block font-medium">{c.label}</span>
            {c.hint ? <span className="block text-xs text-muted">{c.hint}</span> : null}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
