import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceDetail } from "@/app/(portal)/services/_components/service-detail";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getService } from "@/lib/services/get-service";
import { serviceSlug } from "@/lib/services/schemas";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function ServicePage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePageUser();
  const { slug } = await params;
  if (!serviceSlug.safeParse(slug).success) notFound();
  const service = await getService(slug).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return <ServiceDetail initial={service} canWrite={can(user.roles, "service:write")} />;
}
