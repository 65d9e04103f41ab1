"use client";
import type { ReactNode } from "react";
import { X } from "lucide-react";
import { cn } from "@/components/ui/cn";

/**
 * A failed action's message above a list, with a close button: for errors that stay until read (a row's
 * acknowledge, an action item's status), not tied to one form.
 * @example <DismissibleAlert onDismiss={() => update.reset()}>Could not save: {message}</DismissibleAlert>
 */
export function DismissibleAlert({
  children,
  onDismiss,
  testId,
  className,
}: {
  children: ReactNode;
  onDismiss: () => void;
  testId?: string;
  className?: string;
}) {
  return (
    <div
      role="alert"
      data-testid={testId}
      className={cn(
        "flex items-start gap-2 rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger",
        className,
      )}
    >
      <span className="flex-1">{children}</span>
      <button
        type="button"
        onClick={onDismiss}
        aria-label="Dismiss the error"
        className="rounded p-0.5 hover:bg-danger/10"
      >
        <X aria-hidden className="size-4" />
      </button>
    </div>
  );
}
