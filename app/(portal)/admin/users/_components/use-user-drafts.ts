"use client";
// Each person's unsaved roles and active switch, saved per row with the version read. A newer copy of a
// person (after a save or someone else's) is followed unless that row is being edited. The server's 422
// (the last active admin) and a 409 (someone else saved first) stay on their row.
import { useState } from "react";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { ApiError } from "@/lib/client/api-client";
import { useUpdateManagedUser } from "@/lib/client/admin-users";
import type { ManagedUser } from "@/lib/users/schemas";

type Draft = { roles: Role[]; isActive: boolean };
export type UserRowState = {
  draft: Draft;
  base: ManagedUser;
  isSaved: boolean;
  isPending: boolean;
  error: Error | null;
};

const draftOf = (u: ManagedUser): Draft => ({ roles: [...u.roles], isActive: u.isActive });
const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.includes(r));
export const isDirty = (s: UserRowState) =>
  !sameRoles(s.draft.roles, s.base.roles) || s.draft.isActive !== s.base.isActive;

function current(user: ManagedUser, stored: UserRowState | undefined): UserRowState {
  if (!stored) return { draft: draftOf(user), base: user, isSaved: false, isPending: false, error: null };
  if (stored.base.version === user.version) return stored;
  return { ...stored, base: user, draft: isDirty(stored) ? stored.draft : draftOf(user) };
}

export function useUserDrafts() {
  const update = useUpdateManagedUser();
  const [rows, setRows] = useState<Record<string, UserRowState>>({});
  const patch = (user: ManagedUser, change: (s: UserRowState) => Partial<UserRowState>) =>
    setRows((all) => {
      const s = current(user, all[user.id]);
      return { ...all, [user.id]: { ...s, ...change(s) } };
    });

  const stateOf = (user: ManagedUser) => current(user, rows[user.id]);

  const toggleRole = (user: ManagedUser, role: Role) =>
    patch(user, ({ draft }) => ({
      draft: {
        ...draft,
        roles: draft.roles.includes(role)
          ? draft.roles.filter((r) => r !== role)
          : ROLES.filter((r) => r === role || draft.roles.includes(r)),
      },
    }));

  const setActive = (user: ManagedUser, isActive: boolean) =>
    patch(user, ({ draft }) => ({ draft: { ...draft, isActive } }));

  const undo = (user: ManagedUser) => patch(user, ({ base }) => ({ draft: draftOf(base), error: null }));

  async function save(user: ManagedUser) {
    const { draft, base } = stateOf(user);
    patch(user, () => ({ isPending: true, isSaved: false, error: null }));
    try {
      const fresh = await update.mutateAsync({
        id: user.id,
        version: base.version,
        ...(sameRoles(draft.roles, base.roles) ? {} : { roles: draft.roles }),
        ...(draft.isActive === base.isActive ? {} : { isActive: draft.isActive }),
      });
      patch(user, () => ({ base: fresh, draft: draftOf(fresh), isSaved: true, isPending: false }));
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      // Someone else saved first: show what is there now (the list refetches).
      const isConflict = err instanceof ApiError && err.isConflict;
      patch(user, (s) => ({
        isPending: false,
        error: err,
        draft: isConflict ? draftOf(s.base) : s.draft,
      }));
    }
  }

  return { stateOf, toggleRole, setActive, undo, save: (u: ManagedUser) => void save(u) };
}
