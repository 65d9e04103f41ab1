import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { NewIntegration } from "@/app/(portal)/integrations/_components/new-integration";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "New integration" };

export default async function NewIntegrationPage() {
  const user = await requirePageUser();
  if (!can(user.roles, "integration:manage")) return <ForbiddenState />;
  return (
    <>
      <Link
        href="/integrations"
        className="mb-2 inline-flex items-center gap-1 text-xs text-muted hover:text-fg"
      >
        <ArrowLeft aria-hidden className="size-3" /> Integrations
      </Link>
      <PageHeader
        title="New integration"
        description="Its secret is shown once, right after it is created; you can rotate it later."
      />
      <NewIntegration />
    </>
  );
}
