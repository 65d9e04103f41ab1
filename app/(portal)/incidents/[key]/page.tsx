import type { Metadata } from "next";
import { IncidentDetail } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getIncident } from "@/lib/incidents/get-incident";
import { INCIDENT_KEY_PATTERN } from "@/lib/incidents/incident-key";
import { canonicalKey, orNotFound } from "@/lib/pages/record-page";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).key.toUpperCase() };
}

export default async function IncidentPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "incident:read")) return <ForbiddenState />;
  const key = canonicalKey((await params).key, INCIDENT_KEY_PATTERN, "/incidents");
  const incident = await orNotFound(getIncident(key));
  return (
    <IncidentDetail
      initial={incident}
      viewer={{
        id: user.id,
        canUpdate: can(user.roles, "incident:update"),
        canAssign: can(user.roles, "incident:assign"),
        canClose: can(user.roles, "incident:close"),
      }}
    />
  );
}
