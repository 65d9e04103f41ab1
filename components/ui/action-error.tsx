"use client";
// A write's failure under the control that made it. A 409 means the version sent was stale: the hooks
// have already refetched, so it says why nothing was saved; anything else shows the server's detail.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { ApiError } from "@/lib/client/api-client";

type Props = {
  error: Error | null;
  testId?: string;
  /** What a 409 says instead of the default "changed by someone else… the latest version is shown now". */
  conflictMessage?: ReactNode;
  className?: string;
};

/** True for a 409 from the API: the version sent was stale. */
export const isConflictError = (error: unknown): boolean => error instanceof ApiError && error.isConflict;

/** The server's refusal of a write, or a stale-version note for a 409; nothing without an error. */
export function ActionError({ error, testId = "action-error", conflictMessage, className }: Props) {
  if (!error) return null;
  const isConflict = isConflictError(error);
  return (
    <p
      role="alert"
      data-testid={testId}
      className={cn(
        isConflict
          ? "rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
          : "rounded-md bg-danger/10 px-3 py-2 text-sm text-danger",
        className,
      )}
    >
      {isConflict
        ? (conflictMessage ?? (
            <>
              <strong>Changed by someone else</strong> since you loaded it; nothing was saved. The latest
              version is shown now: check it and try again.
            </>
          ))
        : error.message}
    </p>
  );
}
