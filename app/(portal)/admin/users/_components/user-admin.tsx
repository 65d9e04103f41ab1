"use client";
// Everyone with their roles and status; each row saves on its own. Search narrows the list (in the URL).
// Rows hold checkboxes, so there is no j/k row selection here; "/" searches, as on every list.
import { cn } from "@/components/ui/cn";
import { dropsOwnAdmin, rowMessage, userColumns } from "@/app/(portal)/admin/users/_components/user-columns";
import { isDirty, useUserDrafts } from "@/app/(portal)/admin/users/_components/use-user-drafts";
import { DataTable, queryError } from "@/components/ui/data-table";
import { ListTotal } from "@/components/ui/list-total";
import { PageHeader } from "@/components/ui/page-header";
import { fieldNames, type FilterField } from "@/components/ui/url-filters";
import { UrlFilterBar } from "@/components/ui/url-filter-bar";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { useManagedUsers } from "@/lib/client/admin-users";
import type { ManagedUser } from "@/lib/users/schemas";

const FIELDS: FilterField<"q">[] = [
  { kind: "search", name: "q", label: "Search people", placeholder: "Search name or email" },
];
const NAMES = fieldNames(FIELDS);

export function UserAdmin({ initial, meId }: { initial: ManagedUser[]; meId: string }) {
  const users = useManagedUsers(initial);
  const url = useUrlFilters(NAMES);
  const drafts = useUserDrafts();
  const needle = url.filters.q.toLowerCase();
  const items = (users.data ?? []).filter(
    (u) => !needle || u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle),
  );
  return (
    <>
      <PageHeader
        title="Users"
        description="Roles decide what each person sees and may do. Every change is audited and recorded as a security event."
      />
      <UrlFilterBar label="Filter people" fields={FIELDS} url={url} />
      <div className="my-2 flex justify-end">
        <ListTotal
          total={users.data ? items.length : undefined}
          shown={items.length}
          noun="person"
          plural="people"
        />
      </div>
      <DataTable
        label="People and roles"
        columns={userColumns(drafts, meId)}
        rows={items}
        rowKey={(u) => u.id}
        rowTestId="user-row"
        rowAttributes={(u) => ({ "data-email": u.email })}
        rowClassName={(u) => {
          const s = drafts.stateOf(u);
          return cn(!s.draft.isActive && "text-muted", isDirty(s) && "bg-accent/5");
        }}
        isLoading={users.isPending}
        error={queryError(users, "People could not be loaded")}
        empty={{ title: "Nobody matches", description: "Try another name or email." }}
        rowDetail={(u) => {
          const message = rowMessage(drafts, u);
          if (message)
            return (
              <p
                role="alert"
                data-testid="user-row-error"
                className="rounded-md bg-danger/10 px-3 py-1.5 text-sm text-danger"
              >
                {message}
              </p>
            );
          return dropsOwnAdmin(drafts, u, meId) ? (
            <p className="text-xs text-warning">
              Saving this removes your own admin rights: you will lose this page.
            </p>
          ) : null;
        }}
      />
    </>
  );
}
