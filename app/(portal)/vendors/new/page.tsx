import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { NewVendor } from "@/app/(portal)/vendors/_components/new-vendor";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Add vendor" };

export default async function NewVendorPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "vendor:write")) return <ForbiddenState />;
  return (
    <>
      <Link href="/vendors" className="mb-2 inline-flex items-center gap-1 text-xs text-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-3" /> Vendors
      </Link>
      <PageHeader title="Add vendor" description="You assess it from its page once it is added." />
      <NewVendor />
    </>
  );
}
