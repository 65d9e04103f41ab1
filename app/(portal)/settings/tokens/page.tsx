import type { Metadata } from "next";
import { TokenManager } from "@/app/(portal)/settings/tokens/_components/token-manager";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listApiTokens } from "@/lib/tokens/token-data";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePageUser();
  return <TokenManager initial={await listApiTokens(user.id)} />;
}
