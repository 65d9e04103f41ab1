import type { Metadata } from "next";
import { IncidentQueue } from "@/app/(portal)/incidents/_components/incident-queue";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { incidentListQuery } from "@/lib/incidents/schemas";

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "incident:read")) return <ForbiddenState />;
  const renderedAt = Date.now();
  const initial = await listIncidents(incidentListQuery.parse({ limit: 200 }), user, new Date(renderedAt));
  return (
    <IncidentQueue
      initial={initial}
      renderedAt={renderedAt}
      me={{ id: user.id, name: user.name }}
      canCreate={can(user.roles, "incident:create")}
      canUpdate={can(user.roles, "incident:update")}
    />
  );
}
