"use client";
// A form's repeatable rows (a vendor's certifications, a function's key personnel): a fieldset with a
// legend, one row per item with its own inputs and a remove button, an add button, and the field's error.
import type { ReactNode } from "react";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Props<T> = {
  legend: string;
  value: T[];
  onChange: (value: T[]) => void;
  /** What a new row starts as. */
  blank: T;
  /** The item's noun in labels: "certification" gives "Add certification", "Remove certification 2". */
  noun: string;
  /** The inputs of row `index` (number it from 1 in labels); `update` patches that item. */
  renderRow: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  /** Shown under the legend, always. */
  hint?: ReactNode;
  /** Shown instead of the hint while there are no rows. */
  emptyHint?: ReactNode;
  error?: string;
  rowClassName?: string;
  removeClassName?: string;
};

/** Repeatable rows over an array field: `renderRow` draws one item's inputs, the list adds and removes. */
export function RowList<T>({
  legend,
  value,
  onChange,
  blank,
  noun,
  renderRow,
  hint,
  emptyHint,
  error,
  rowClassName = "flex flex-wrap items-center gap-2",
  removeClassName,
}: Props<T>) {
  const update = (index: number, patch: Partial<T>) =>
    onChange(value.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const note = value.length === 0 && emptyHint !== undefined ? emptyHint : hint;
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="mb-1 block text-sm font-medium">{legend}</legend>
      {note ? <p className="text-xs text-muted">{note}</p> : null}
      <ul className="space-y-1.5">
        {value.map((item, index) => (
          <li key={index} className={rowClassName}>
            {renderRow(item, (patch) => update(index, patch), index)}
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              aria-label={`Remove ${noun} ${index + 1}`}
              className={cn(removeClassName)}
            >
              <Trash2 aria-hidden className="size-3.5" />
            </Button>
          </li>
        ))}
      </ul>
      <Button size="sm" onClick={() => onChange([...value, blank])}>
        <Plus aria-hidden className="size-3" /> Add {noun}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
