"use client";
// A labelled checkbox: the box, its label and (optionally) a line under the label saying what it does.
import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "checked" | "onChange"> & {
  label: ReactNode;
  /** What ticking it does, under the label. */
  hint?: ReactNode;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  /** The label's classes (layout in a row of boxes). */
  labelClassName?: string;
};

/** @example <Checkbox label="Auto-resolve" hint="Resolve when its alerts end." checked={v} onChecked={setV} /> */
export function Checkbox({ label, hint, checked, onChecked, labelClassName, className, ...props }: Props) {
  return (
    <label className={cn("flex gap-2 text-sm", hint ? "items-start" : "items-center", labelClassName)}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChecked(e.target.checked)}
        className={cn("size-4 shrink-0 accent-[var(--accent)]", hint && "mt-0.5", className)}
        {...props}
      />
      {hint ? (
        <span>
          <span className="font-medium">{label}</span>
          <span className="block text-xs text-muted">{hint}</span>
        </span>
      ) : (
        label
      )}
    </label>
  );
}
