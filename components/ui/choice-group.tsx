"use client";
// A radio group drawn as a segmented control: native radios, so arrow keys move the choice and screen
// readers announce the group's question and "2 of 3". The one choice control: change categories and
// risk questions, incident severity and impact, vendor scores, DR test types.
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type Choice<T extends string> = {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  /** Colours of this choice when picked (a P1 is red), instead of the accent. */
  checkedClass?: string;
};

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
  // Equal cells in a grid (four: two rows on a phone, one row from sm; otherwise three a row).
  isGrid?: boolean;
  /** A note under the group (shown when there is no error), e.g. what the choice implies. */
  footer?: ReactNode;
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
  isGrid = false,
  footer,
}: Props<T>) {
  const id = useId();
  const describedBy = error ? `${id}-error` : footer ? `${id}-footer` : undefined;
  return (
    <fieldset
      aria-describedby={describedBy}
      aria-invalid={!!error}
      className={cn("min-w-0 space-y-1", className)}
    >
      <legend className="mb-1 block text-sm font-medium">{legend}</legend>
      <div
        className={cn(
          "gap-1 rounded-md border p-1",
          isScale
            ? "grid auto-cols-fr grid-flow-col"
            : isGrid
              ? choices.length === 4
                ? "grid grid-cols-2 sm:grid-cols-4"
                : "grid grid-cols-3"
              : "flex flex-wrap",
          error ? "border-danger" : "border-border",
        )}
      >
        {choices.map((c) => (
          <label
            key={c.value}
            className={cn(
              "cursor-pointer rounded py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus",
              isScale ? "px-1 text-center font-mono" : isGrid ? "px-2 py-1.5" : "min-w-10 flex-1 px-2",
              value === c.value
                ? (c.checkedClass ?? "bg-accent/15 text-accent ring-1 ring-accent/40")
                : "hover:bg-surface-2",
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
      ) : footer ? (
        <p id={`${id}-footer`} className="text-xs text-muted">
          {footer}
        </p>
      ) : null}
    </fieldset>
  );
}
