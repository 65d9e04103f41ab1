"use client";
// A filter that came in with a link (a dashboard figure's period, "ending within 7 days") and has no
// menu of its own: its label and a button that removes it.
import { X } from "lucide-react";

export function FilterChip({
  label,
  removeLabel,
  onRemove,
  testId,
}: {
  label: string;
  removeLabel: string;
  onRemove: () => void;
  testId?: string;
}) {
  return (
    <span
      data-testid={testId}
      className="inline-flex items-center gap-1 rounded-full border border-border bg-surface px-2 py-0.5 text-xs"
    >
      {label}
      <button
        type="button"
        onClick={onRemove}
        aria-label={removeLabel}
        className="rounded-full p-0.5 text-muted hover:text-fg"
      >
        <X aria-hidden className="size-3" />
      </button>
    </span>
  );
}
