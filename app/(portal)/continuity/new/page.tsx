import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { NewFunction } from "@/app/(portal)/continuity/_components/new-function";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Add business function" };

export default async function NewFunctionPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "continuity:write")) return <ForbiddenState />;
  return (
    <>
      <Link
        href="/continuity"
        className="mb-2 inline-flex items-center gap-1 text-xs text-muted hover:text-fg"
      >
        <ArrowLeft aria-hidden className="size-3" /> Business continuity
      </Link>
      <PageHeader
        title="Add business function"
        description="Its DR tests are scheduled from today; record them from its page."
      />
      <NewFunction />
    </>
  );
}
