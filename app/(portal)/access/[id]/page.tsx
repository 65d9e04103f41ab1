import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDetail } from "@/app/(portal)/access/[id]/_components/access-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { getAccessRequest } from "@/lib/access/access-requests";
import { accessRequestParams } from "@/lib/access/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/pages/record-page";

export const metadata: Metadata = { title: "Access request" };

type Props = { params: Promise<{ id: string }> };

export default async function AccessRequestPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "access:request")) return <ForbiddenState />;
  const parsed = accessRequestParams.safeParse(await params);
  if (!parsed.success) notFound();
  // Someone else's request is not found, as the API answers.
  const request = await orNotFound(getAccessRequest(parsed.data.id, user));
  return (
    <AccessDetail initial={request} viewer={{ id: user.id, canDecide: can(user.roles, "access:decide") }} />
  );
}
