import type { Metadata } from "next";
import { AccessOverview } from "@/app/(portal)/access/_components/access-overview";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { listAccessRequests } from "@/lib/access/access-requests";
import { EXPIRING_SOON_DAYS } from "@/lib/access/rules";
import { accessRequestListQuery } from "@/lib/access/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Access" };

export default async function AccessPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "access:request")) return <ForbiddenState />;
  const canDecide = can(user.roles, "access:decide");
  const read = (query: Record<string, unknown>) =>
    listAccessRequests(accessRequestListQuery.parse({ limit: 200, ...query }), user);
  // Security and admins get the queue, the grants about to end and their own requests as well.
  const [initialList, initialMine, initialQueue, initialExpiring] = await Promise.all([
    read({}),
    canDecide ? read({ mine: "true" }) : undefined,
    canDecide ? read({ status: "PENDING" }) : undefined,
    canDecide ? read({ expiringWithinDays: EXPIRING_SOON_DAYS }) : undefined,
  ]);
  return (
    <AccessOverview
      viewer={{ id: user.id, name: user.name, canDecide }}
      initialList={initialList}
      initialMine={initialMine}
      initialQueue={initialQueue}
      initialExpiring={initialExpiring}
    />
  );
}
