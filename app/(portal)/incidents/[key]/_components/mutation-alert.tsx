"use client";
import { ActionError, isConflictError } from "@/components/ui/action-error";
import { ConflictBanner } from "@/components/ui/conflict-banner";

type Props = { error: Error | null; onLoadLatest: () => Promise<unknown>; conflictNote: string };

// A 409 means our version was stale: say so and offer the fresh copy; anything else shows the server's detail.
export function MutationAlert({ error, onLoadLatest, conflictNote }: Props) {
  if (!error) return null;
  if (isConflictError(error))
    return (
      <ConflictBanner
        onReload={onLoadLatest}
        title="Someone else changed this incident"
        reloadLabel="Load latest"
        testId="mutation-conflict"
      >
        since you last loaded it. {conflictNote}
      </ConflictBanner>
    );
  return <ActionError error={error} testId="mutation-error" />;
}
