import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FunctionDetail } from "@/app/(portal)/continuity/[id]/_components/function-detail";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getFunction } from "@/lib/continuity/business-functions";
import { functionParams } from "@/lib/continuity/schemas";
import { AppError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Business function" };

export default async function FunctionPage({ params }: Props) {
  const user = await requirePageUser();
  if (!can(user.roles, "continuity:read")) return <ForbiddenState />;
  const parsed = functionParams.safeParse(await params);
  if (!parsed.success) notFound();
  const fn = await getFunction(parsed.data.id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return <FunctionDetail initial={fn} canWrite={can(user.roles, "continuity:write")} />;
}
