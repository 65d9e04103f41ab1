// Home: the triage queue, the on-call engineer's home, for everyone except people whose only role is
// EXECUTIVE, who land on the executive dashboard (they cannot triage; the figures are what they read).
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";

export default async function HomePage() {
  const user = await requirePageUser();
  redirect(user.roles.length > 0 && user.roles.every((r) => r === "EXECUTIVE") ? "/dashboards/executive" : "/incidents");
}
