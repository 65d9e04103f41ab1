"use client";
// The user admin's columns: the person, a checkbox per role, the active switch and the row's save. On a
// phone card each checkbox keeps its role's name beside it.
import { RotateCcw, Save } from "lucide-react";
import { isDirty, type useUserDrafts } from "@/app/(portal)/admin/users/_components/use-user-drafts";
import { Button } from "@/components/ui/button";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Spinner } from "@/components/ui/states";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { ApiError } from "@/lib/client/api-client";
import type { ManagedUser } from "@/lib/users/schemas";

type Drafts = ReturnType<typeof useUserDrafts>;

/** What the row says under it: a missing role, the server's refusal or a conflict. */
export function rowMessage(drafts: Drafts, user: ManagedUser): string | undefined {
  const s = drafts.stateOf(user);
  if (s.draft.roles.length === 0) return "Give at least one role";
  if (s.error instanceof ApiError && s.error.isConflict)
    return "Changed by someone else since you loaded it; nothing was saved. Their version is shown now.";
  return s.error?.message;
}

export function dropsOwnAdmin(drafts: Drafts, user: ManagedUser, meId: string) {
  const { base, draft } = drafts.stateOf(user);
  return (
    user.id === meId && base.roles.includes("ADMIN") && (!draft.roles.includes("ADMIN") || !draft.isActive)
  );
}

export function userColumns(drafts: Drafts, meId: string): DataTableColumn<ManagedUser>[] {
  return [
    {
      id: "person",
      header: "Person",
      phone: "main",
      cell: (u) => (
        <>
          <div className="font-medium">
            {u.name}
            {u.id === meId ? <span className="ml-1 text-xs text-muted">(you)</span> : null}
          </div>
          <div className="text-xs break-all text-muted">{u.email}</div>
        </>
      ),
    },
    ...ROLES.map((role): DataTableColumn<ManagedUser> => ({
      id: `role-${role}`,
      header: ROLE_LABELS[role],
      phone: "meta",
      phoneLabel: true,
      className: "md:text-center max-md:inline-flex max-md:flex-row-reverse max-md:items-center max-md:gap-1",
      cell: (u) => (
        <input
          type="checkbox"
          className="size-4 accent-[var(--accent)] max-md:size-6"
          checked={drafts.stateOf(u).draft.roles.includes(role)}
          onChange={() => drafts.toggleRole(u, role)}
          aria-label={`${ROLE_LABELS[role]}: ${u.name}`}
        />
      ),
    })),
    {
      id: "active",
      header: "Active",
      phone: "meta",
      phoneLabel: true,
      className: "md:text-center max-md:inline-flex max-md:flex-row-reverse max-md:items-center max-md:gap-1",
      cell: (u) => (
        <input
          type="checkbox"
          className="size-4 accent-[var(--success)] max-md:size-6"
          checked={drafts.stateOf(u).draft.isActive}
          onChange={(e) => drafts.setActive(u, e.target.checked)}
          aria-label={`Active: ${u.name}`}
        />
      ),
    },
    {
      id: "save",
      header: "Save",
      isHeaderHidden: true,
      phone: "actions",
      className: "text-right whitespace-nowrap",
      cell: (u) => {
        const s = drafts.stateOf(u);
        const dirty = isDirty(s);
        return (
          <>
            {s.isSaved && !dirty ? (
              <span role="status" className="mr-1 text-xs text-success">
                Saved
              </span>
            ) : null}
            <Button
              size="sm"
              className="max-md:h-11"
              variant={dirty ? "primary" : "ghost"}
              disabled={!dirty || s.draft.roles.length === 0 || s.isPending}
              onClick={() => drafts.save(u)}
              aria-label={`Save ${u.name}`}
            >
              {s.isPending ? <Spinner label="Saving" /> : <Save aria-hidden className="size-3.5" />}
              Save
            </Button>
            {dirty ? (
              <Button
                size="sm"
                variant="ghost"
                className="max-md:h-11"
                onClick={() => drafts.undo(u)}
                aria-label={`Undo changes to ${u.name}`}
              >
                <RotateCcw aria-hidden className="size-3.5" />
              </Button>
            ) : null}
          </>
        );
      },
    },
  ];
}
