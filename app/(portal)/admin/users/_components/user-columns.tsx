"use client";
// The user admin's columns: the person, a checkbox per role, the active switch and the row's save. On a
// phone card each checkbox keeps its role's name beside it.
import { RotateCcw, Save } from "lucide-react";
import { isDirty, type useUserDrafts } from "@/app/(portal)/admin/users/_components/use-user-drafts";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Spinner } from "@/components/ui/states";
import { actionsColumn, RowButton } from "@/components/ui/table-columns";
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

// A checkbox per row, named "<column>: <person>"; on a phone card its column's name stands beside it.
function checkboxColumn(
  id: string,
  header: string,
  accent: string,
  box: { isChecked: (u: ManagedUser) => boolean; toggle: (u: ManagedUser) => void },
): DataTableColumn<ManagedUser> {
  return {
    id,
    header,
    phone: "meta",
    phoneLabel: true,
    className: "md:text-center max-md:inline-flex max-md:flex-row-reverse max-md:items-center max-md:gap-1",
    cell: (u) => (
      <input
        type="checkbox"
        className={cn("size-4 max-md:size-6", accent)}
        checked={box.isChecked(u)}
        onChange={() => box.toggle(u)}
        aria-label={`${header}: ${u.name}`}
      />
    ),
  };
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
    ...ROLES.map((role) =>
      checkboxColumn(`role-${role}`, ROLE_LABELS[role], "accent-[var(--accent)]", {
        isChecked: (u) => drafts.stateOf(u).draft.roles.includes(role),
        toggle: (u) => drafts.toggleRole(u, role),
      }),
    ),
    checkboxColumn("active", "Active", "accent-[var(--success)]", {
      isChecked: (u) => drafts.stateOf(u).draft.isActive,
      toggle: (u) => drafts.setActive(u, !drafts.stateOf(u).draft.isActive),
    }),
    actionsColumn(
      (u) => {
        const s = drafts.stateOf(u);
        const dirty = isDirty(s);
        return (
          <>
            {s.isSaved && !dirty ? (
              <span role="status" className="mr-1 text-xs text-success">
                Saved
              </span>
            ) : null}
            <RowButton
              variant={dirty ? "primary" : "ghost"}
              disabled={!dirty || s.draft.roles.length === 0 || s.isPending}
              onClick={() => drafts.save(u)}
              aria-label={`Save ${u.name}`}
            >
              {s.isPending ? <Spinner label="Saving" /> : <Save aria-hidden className="size-3.5" />}
              Save
            </RowButton>
            {dirty ? (
              <RowButton onClick={() => drafts.undo(u)} aria-label={`Undo changes to ${u.name}`}>
                <RotateCcw aria-hidden className="size-3.5" />
              </RowButton>
            ) : null}
          </>
        );
      },
      { id: "save", header: "Save" },
    ),
  ];
}
