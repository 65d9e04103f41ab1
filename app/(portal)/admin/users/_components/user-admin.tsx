"use client";
// Everyone with their roles and status; each row saves on its own. Search narrows the list (in the URL).
import { useSearchParams } from "next/navigation";
import { useRef } from "react";
import { Search } from "lucide-react";
import { UserRow } from "@/app/(portal)/admin/users/_components/user-row";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, ErrorState, Kbd, SkeletonRows } from "@/components/ui/states";
import { useShortcuts } from "@/components/ui/shortcuts";
import { searchShortcuts } from "@/components/ui/use-list-keys";
import { useSetUrlParams, useUrlText } from "@/components/ui/use-url-params";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { useManagedUsers } from "@/lib/client/admin-users";
import type { ManagedUser } from "@/lib/users/schemas";

export function UserAdmin({ initial, meId }: { initial: ManagedUser[]; meId: string }) {
  const users = useManagedUsers(initial);
  const searchRef = useRef<HTMLInputElement>(null);
  const q = useSearchParams().get("q")?.trim() ?? "";
  const setParams = useSetUrlParams<"q">();
  const [text, setText] = useUrlText("q", q, setParams);
  // "/" searches, as on every list; rows hold checkboxes, so there is no j/k row selection here.
  useShortcuts(searchShortcuts(searchRef));
  const needle = q.toLowerCase();
  const items = (users.data ?? []).filter(
    (u) => !needle || u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle),
  );
  return (
    <>
      <PageHeader
        title="Users"
        description="Roles decide what each person sees and may do. Every change is audited and recorded as a security event."
      />
      <div className="relative mb-3 w-full max-w-xs">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
        <Input
          ref={searchRef}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Search name or email"
          aria-label="Search people"
          className="pr-7 pl-8"
        />
        <span className="pointer-events-none absolute top-2 right-2">
          <Kbd>/</Kbd>
        </span>
      </div>
      {users.error && !users.data ? (
        <ErrorState
          title="People could not be loaded"
          detail={users.error.message}
          action={
            <button className={buttonClass()} onClick={() => void users.refetch()}>
              Retry
            </button>
          }
        />
      ) : users.isPending ? (
        <SkeletonRows columns={8} />
      ) : items.length === 0 ? (
        <EmptyState title="Nobody matches">Try another name or email.</EmptyState>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-sm" aria-label="People and roles">
            <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
              <tr>
                <th scope="col" className="py-2 pr-2 pl-3 text-left font-medium">
                  Person
                </th>
                {ROLES.map((r) => (
                  <th key={r} scope="col" className="px-2 py-2 text-center font-medium whitespace-nowrap">
                    {ROLE_LABELS[r]}
                  </th>
                ))}
                <th scope="col" className="px-2 py-2 text-center font-medium">
                  Active
                </th>
                <th scope="col" className="px-2 py-2">
                  <span className="sr-only">Save</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <UserRow key={u.id} user={u} meId={meId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
