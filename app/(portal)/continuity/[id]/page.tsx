import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FunctionDetail } from "@/app/(portal)/continuity/[id]/_components/function-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/pages/record-page";
import { getFunction } from "@/lib/continuity/business-functions";
import { functionParams } from "@/lib/continuity/schemas";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Business function" };

export default async function FunctionPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "continuity:read")) return <ForbiddenState />;
  const parsed = functionParams.safeParse(await params);
  if (!parsed.success) notFound();
  const fn = await orNotFound(getFunction(parsed.data.id));
  return <FunctionDetail initial={fn} canWrite={can(user.roles, "continuity:write")} />;
}
