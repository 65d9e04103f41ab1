import type { Metadata } from "next";
import { ChangeDetail } from "@/app/(portal)/changes/[key]/_components/change-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { CHANGE_KEY_PATTERN } from "@/lib/changes/change-key";
import { getChange } from "@/lib/changes/get-change";
import { env } from "@/lib/env";
import { canonicalKey, orNotFound } from "@/lib/pages/record-page";
import { listServices } from "@/lib/services/list-services";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).key.toUpperCase() };
}

export default async function ChangePage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "change:read")) return <ForbiddenState />;
  const key = canonicalKey((await params).key, CHANGE_KEY_PATTERN, "/changes");
  const change = await orNotFound(getChange(key, user));
  // The catalog is only needed to edit a draft.
  const services =
    change.status === "DRAFT" && change.allowedTransitions.length ? await listServices({ limit: 200 }) : null;
  return (
    <ChangeDetail
      initial={change}
      viewer={{ id: user.id, roles: user.roles, canVote: can(user.roles, "change:vote") }}
      services={services ? services.items.map(({ slug, name }) => ({ slug, name })) : []}
      isServiceListTruncated={services?.nextCursor != null}
      cabQuorum={env.CAB_QUORUM}
    />
  );
}
