import type { Metadata } from "next";
import { NewService } from "@/app/(portal)/services/_components/new-service";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "New service" };

export default async function NewServicePage() {
  const user = await requirePageUser();
  if (!can(user.roles, "service:write")) return <ForbiddenState />;
  return <NewService />;
}
