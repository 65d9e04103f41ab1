import type { Metadata } from "next";
import { NewFunction } from "@/app/(portal)/continuity/_components/new-function";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { FormPage } from "@/components/ui/form-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Add business function" };

export default async function NewFunctionPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "continuity:write")) return <ForbiddenState />;
  return (
    <FormPage
      back={{ href: "/continuity", label: "Business continuity" }}
      title="Add business function"
      description="Its DR tests are scheduled from today; record them from its page."
    >
      <NewFunction />
    </FormPage>
  );
}
