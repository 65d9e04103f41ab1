import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { IncidentDetail } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getIncident } from "@/lib/incidents/get-incident";
import { INCIDENT_KEY_PATTERN } from "@/lib/incidents/incident-key";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).key.toUpperCase() };
}

export default async function IncidentPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "incident:read")) return <ForbiddenState />;
  const raw = (await params).key;
  const key = raw.toUpperCase();
  if (!INCIDENT_KEY_PATTERN.test(key)) notFound();
  // One address per incident: links pasted from chat in lower case land on the canonical URL.
  if (key !== raw) redirect(`/incidents/${key}`);
  const incident = await getIncident(key).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
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
