import type { Metadata } from "next";
import { VendorList } from "@/app/(portal)/vendors/_components/vendor-list";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listVendors } from "@/lib/vendors/vendors";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "vendor:read")) return <ForbiddenState />;
  const initial = await listVendors({});
  return <VendorList initial={initial} canWrite={can(user.roles, "vendor:write")} />;
}
