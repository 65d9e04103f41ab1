import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { ReportIncidentForm } from "@/app/(portal)/incidents/_components/report-incident-form";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listServices } from "@/lib/services/list-services";

export const metadata: Metadata = { title: "Report incident" };

export default async function NewIncidentPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "incident:create")) return <ForbiddenState />;
  const services = await listServices({ limit: 200 });
  return (
    <>
      <Link
        href="/incidents"
        className="mb-2 inline-flex items-center gap-1 text-xs text-muted hover:text-fg"
      >
        <ArrowLeft aria-hidden className="size-3" /> Incidents
      </Link>
      <PageHeader
        title="Report incident"
        description="The SLA clocks start when you report. You can refine everything afterwards."
      />
      <ReportIncidentForm
        services={services.items.map(({ slug, name }) => ({ slug, name }))}
        isServiceListTruncated={services.nextCursor !== null}
      />
    </>
  );
}
