"use client";
import { ApiError } from "@/lib/client/api-client";

// A 409 means the version sent was stale: the hooks have already refetched, so say why nothing was saved.
export function ActionError({ error, testId = "action-error" }: { error: Error | null; testId?: string }) {
  if (!error) return null;
  const isConflict = error instanceof ApiError && error.isConflict;
  return (
    <p
      role="alert"
      data-testid={testId}
      className={
        isConflict
          ? "rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
          : "rounded-md bg-danger/10 px-3 py-2 text-sm text-danger"
      }
    >
      {isConflict ? (
        <>
          <strong>Changed by someone else</strong> since you loaded it; nothing was saved. The latest version
          is shown now: check it and try again.
        </>
      ) : (
        error.message
      )}
    </p>
  );
}
