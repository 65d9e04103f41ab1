import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceDetail } from "@/app/(portal)/services/_components/service-detail";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/pages/record-page";
import { getService } from "@/lib/services/get-service";
import { serviceSlug } from "@/lib/services/schemas";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function ServicePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser();
  const { slug } = await params;
  if (!serviceSlug.safeParse(slug).success) notFound();
  const service = await orNotFound(getService(slug));
  return <ServiceDetail initial={service} canWrite={can(user.roles, "service:write")} />;
}
