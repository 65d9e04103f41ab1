import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { RaiseChange } from "@/app/(portal)/changes/_components/raise-change";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { listServices } from "@/lib/services/list-services";

export const metadata: Metadata = { title: "Raise a change" };

export default async function NewChangePage() {
  const user = await requirePageUser();
  if (!can(user.roles, "change:create")) return <ForbiddenState />;
  const services = await listServices({ limit: 200 });
  return (
    <>
      <Link href="/changes" className="mb-2 inline-flex items-center gap-1 text-xs text-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-3" /> Changes
      </Link>
      <PageHeader
        title="Raise a change"
        description="Saved as a draft; you submit it for approval from its page. All times are UTC."
      />
      <RaiseChange
        services={services.items.map(({ slug, name }) => ({ slug, name }))}
        isServiceListTruncated={services.nextCursor !== null}
        cabQuorum={env.CAB_QUORUM}
      />
    </>
  );
}
