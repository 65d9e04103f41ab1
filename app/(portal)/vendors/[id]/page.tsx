import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VendorDetail } from "@/app/(portal)/vendors/[id]/_components/vendor-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/pages/record-page";
import { vendorParams } from "@/lib/vendors/schemas";
import { getVendor, listAssessments } from "@/lib/vendors/vendors";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Vendor" };

export default async function VendorPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "vendor:read")) return <ForbiddenState />;
  const parsed = vendorParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const [vendor, assessments] = await orNotFound(Promise.all([getVendor(id), listAssessments(id)]));
  return (
    <VendorDetail
      initial={vendor}
      initialAssessments={assessments.items}
      canWrite={can(user.roles, "vendor:write")}
    />
  );
}
