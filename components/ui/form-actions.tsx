"use client";
// The row under a form: the submit button (a spinner while the write is in flight), the form's other
// buttons (Cancel, "Start from last update") and the Ctrl/⌘+Enter hint the form hook answers to.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { SaveHint } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";

type Props = {
  submitLabel: ReactNode;
  /** The write is in flight: the button is disabled and shows a spinner named `pendingLabel`. */
  isPending: boolean;
  pendingLabel?: string;
  /** Disabled for another reason (not hydrated yet, nothing changed). */
  isDisabled?: boolean;
  /** What Ctrl/⌘+Enter does, in the hint: "save" by default, "report", "resolve". */
  verb?: string;
  /** `danger` for a submit that stops things (declaring a freeze). */
  variant?: "primary" | "danger";
  /** `sm` in a form inside a list item. */
  size?: "sm" | "md";
  /** Buttons after the submit (Cancel…). */
  children?: ReactNode;
};

/**
 * A form's submit row on the kit's form hook.
 * @example <FormActions submitLabel="Add vendor" isPending={save.isPending}>{cancel}</FormActions>
 */
export function FormActions({
  submitLabel,
  isPending,
  pendingLabel = "Saving",
  isDisabled = false,
  verb,
  variant = "primary",
  size,
  children,
}: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="submit" variant={variant} size={size} disabled={isPending || isDisabled}>
        {isPending ? <Spinner label={pendingLabel} /> : null}
        {submitLabel}
      </Button>
      {children}
      <SaveHint verb={verb} />
    </div>
  );
}
