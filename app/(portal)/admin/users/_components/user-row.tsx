"use client";
// One person: a checkbox per role and the active switch, saved together with the version read. The
// server's 422 (the last active admin) and a 409 (someone else saved first) show on the row.
import { useState } from "react";
import { RotateCcw, Save } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/states";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { ApiError } from "@/lib/client/api-client";
import { useUpdateManagedUser } from "@/lib/client/admin-users";
import type { ManagedUser } from "@/lib/users/schemas";

type Draft = { roles: Role[]; isActive: boolean };
const draftOf = (u: ManagedUser): Draft => ({ roles: [...u.roles], isActive: u.isActive });
const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.includes(r));

export function UserRow({ user, meId }: { user: ManagedUser; meId: string }) {
  const update = useUpdateManagedUser();
  const [draft, setDraft] = useState(() => draftOf(user));
  const [base, setBase] = useState(user);
  const [saved, setSaved] = useState(false);
  const isDirty = !sameRoles(draft.roles, base.roles) || draft.isActive !== base.isActive;
  // A newer copy (after a save or someone else's): follow it unless this row is being edited.
  if (user.version !== base.version) {
    setBase(user);
    if (!isDirty) setDraft(draftOf(user));
  }
  const isMe = user.id === meId;
  const noRoles = draft.roles.length === 0;
  const dropsOwnAdmin =
    isMe && base.roles.includes("ADMIN") && (!draft.roles.includes("ADMIN") || !draft.isActive);
  const toggle = (role: Role) =>
    setDraft((d) => ({
      ...d,
      roles: d.roles.includes(role)
        ? d.roles.filter((r) => r !== role)
        : ROLES.filter((r) => r === role || d.roles.includes(r)),
    }));

  function save() {
    setSaved(false);
    update.mutate(
      {
        id: user.id,
        version: base.version,
        ...(sameRoles(draft.roles, base.roles) ? {} : { roles: draft.roles }),
        ...(draft.isActive === base.isActive ? {} : { isActive: draft.isActive }),
      },
      {
        onSuccess: (fresh) => {
          setBase(fresh);
          setDraft(draftOf(fresh));
          setSaved(true);
        },
        // Someone else saved first: show what is there now (the list refetches).
        onError: (error) => error instanceof ApiError && error.isConflict && setDraft(draftOf(base)),
      },
    );
  }

  const error = update.error;
  const message = noRoles
    ? "Give at least one role"
    : error instanceof ApiError && error.isConflict
      ? "Changed by someone else since you loaded it; nothing was saved. Their version is shown now."
      : error?.message;
  return (
    <>
      <tr
        data-testid="user-row"
        data-email={user.email}
        className={cn("border-b border-border", !draft.isActive && "text-muted", isDirty && "bg-accent/5")}
      >
        <th scope="row" className="py-1.5 pr-2 pl-3 text-left font-normal">
          <div className="font-medium">
            {user.name}
            {isMe ? <span className="ml-1 text-xs text-muted">(you)</span> : null}
          </div>
          <div className="text-xs text-muted">{user.email}</div>
        </th>
        {ROLES.map((role) => (
          <td key={role} className="px-2 py-1.5 text-center">
            <input
              type="checkbox"
              className="size-4 accent-[var(--accent)]"
              checked={draft.roles.includes(role)}
              onChange={() => toggle(role)}
              aria-label={`${ROLE_LABELS[role]}: ${user.name}`}
            />
          </td>
        ))}
        <td className="px-2 py-1.5 text-center">
          <input
            type="checkbox"
            className="size-4 accent-[var(--success)]"
            checked={draft.isActive}
            onChange={(e) => setDraft((d) => ({ ...d, isActive: e.target.checked }))}
            aria-label={`Active: ${user.name}`}
          />
        </td>
        <td className="px-2 py-1.5 text-right whitespace-nowrap">
          {saved && !isDirty ? (
            <span role="status" className="mr-1 text-xs text-success">
              Saved
            </span>
          ) : null}
          <Button
            size="sm"
            variant={isDirty ? "primary" : "ghost"}
            disabled={!isDirty || noRoles || update.isPending}
            onClick={save}
            aria-label={`Save ${user.name}`}
          >
            {update.isPending ? <Spinner label="Saving" /> : <Save aria-hidden className="size-3.5" />}
            Save
          </Button>
          {isDirty ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => (update.reset(), setDraft(draftOf(base)))}
              aria-label={`Undo changes to ${user.name}`}
            >
              <RotateCcw aria-hidden className="size-3.5" />
            </Button>
          ) : null}
        </td>
      </tr>
      {message || dropsOwnAdmin ? (
        <tr className="border-b border-border">
          <td colSpan={ROLES.length + 3} className="px-3 pb-2">
            {message ? (
              <p
                role="alert"
                data-testid="user-row-error"
                className="rounded-md bg-danger/10 px-3 py-1.5 text-sm text-danger"
              >
                {message}
              </p>
            ) : null}
            {dropsOwnAdmin && !message ? (
              <p className="text-xs text-warning">
                Saving this removes your own admin rights: you will lose this page.
              </p>
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
