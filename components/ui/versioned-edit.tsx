"use client";
// Editing a record in place with the version the editor started from: a save over someone else's is
// refused (409) rather than silently undoing theirs; the banner then loads their version into a fresh
// form. Vendors and continuity functions edit this way.
import { useState, type ReactNode } from "react";
import { ConflictBanner } from "@/components/ui/conflict-banner";
import { isStaleVersion } from "@/components/ui/form-state";

type Write = { error: unknown; reset: () => void };

/**
 * `base` is the record the form started from (its `version` goes with the save), `formKey` remounts the
 * form when `loadTheirs` replaces it with the latest copy after a 409.
 */
export function useVersionedEdit<T>(record: T, refetch: () => Promise<{ data?: T }>, write: Write) {
  const [base, setBase] = useState(record);
  const [formKey, setFormKey] = useState(0);
  async function loadTheirs() {
    const fresh = await refetch();
    if (fresh.data) setBase(fresh.data);
    write.reset();
    setFormKey((k) => k + 1);
  }
  return { base, formKey, loadTheirs, isConflict: isStaleVersion(write.error) };
}

type Props = { label: string; isConflict: boolean; onReload: () => Promise<unknown>; children: ReactNode };

/** The edit panel: the stale-version banner (when the save was refused) above the form. */
export function EditPanel({ label, isConflict, onReload, children }: Props) {
  return (
    <section aria-label={label} className="space-y-3 rounded-lg border border-accent/30 bg-surface p-3">
      {isConflict ? (
        <ConflictBanner onReload={onReload} reloadLabel="Load their version">
          since you opened it; nothing was saved. Load their version, check it, and edit again.
        </ConflictBanner>
      ) : null}
      {children}
    </section>
  );
}
