import type { Metadata } from "next";
import { ReportIncidentForm } from "@/app/(portal)/incidents/_components/report-incident-form";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { FormPage } from "@/components/ui/form-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listServices } from "@/lib/services/list-services";

export const metadata: Metadata = { title: "Report incident" };

export default async function NewIncidentPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "incident:create")) return <ForbiddenState />;
  const services = await listServices({ limit: 200 });
  return (
    <FormPage
      back={{ href: "/incidents", label: "Incidents" }}
      title="Report incident"
      description="The SLA clocks start when you report. You can refine everything afterwards."
    >
      <ReportIncidentForm
        services={services.items.map(({ slug, name }) => ({ slug, name }))}
        isServiceListTruncated={services.nextCursor !== null}
      />
    </FormPage>
  );
}
