import type { Metadata } from "next";
import { UserAdmin } from "@/app/(portal)/admin/users/_components/user-admin";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listManagedUsers } from "@/lib/users/update-user";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "user:manage")) return <ForbiddenState />;
  const { items } = await listManagedUsers();
  return <UserAdmin initial={items} meId={user.id} />;
}
