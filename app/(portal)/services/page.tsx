import type { Metadata } from "next";
import { ServiceTable } from "@/app/(portal)/services/_components/service-table";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listServices } from "@/lib/services/list-services";

export const metadata: Metadata = { title: "Services" };

export default async function ServicesPage() {
  const user = await requirePageUser();
  const initial = await listServices({ limit: 200 });
  return <ServiceTable initial={initial} canWrite={can(user.roles, "service:write")} />;
}
