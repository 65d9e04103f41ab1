// Server-side guard for pages: anonymous visitors go to the sign-in page. Pages then check their
// permission with `can` and render <ForbiddenState /> when it is missing.
import "server-only";
import { redirect } from "next/navigation";
import { getPagePrincipal, type Principal } from "@/lib/auth/principal";

export async function requirePageUser(): Promise<Principal> {
  const principal = await getPagePrincipal();
  if (!principal) redirect("/login");
  return principal;
}
