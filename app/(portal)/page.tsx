import { redirect } from "next/navigation";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

// Home is the first section the user's roles may use.
export default async function HomePage() {
  const user = await requirePageUser();
  const first = NAV_ITEMS.find((item) => can(user.roles, item.permission));
  redirect(first?.href ?? "/settings/tokens");
}
