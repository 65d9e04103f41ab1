import type { Metadata } from "next";
import { NewVendor } from "@/app/(portal)/vendors/_components/new-vendor";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { FormPage } from "@/components/ui/form-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Add vendor" };

export default async function NewVendorPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "vendor:write")) return <ForbiddenState />;
  return (
    <FormPage
      back={{ href: "/vendors", label: "Vendors" }}
      title="Add vendor"
      description="You assess it from its page once it is added."
    >
      <NewVendor />
    </FormPage>
  );
}
