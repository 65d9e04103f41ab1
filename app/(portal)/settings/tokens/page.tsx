import type { Metadata } from "next";
import { SessionList } from "@/app/(portal)/settings/tokens/_components/session-list";
import { TokenManager } from "@/app/(portal)/settings/tokens/_components/token-manager";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listLiveSessions } from "@/lib/auth/sessions";
import { listApiTokens } from "@/lib/tokens/token-data";

export const metadata: Metadata = { title: "API tokens and sessions" };

export default async function TokensPage() {
  const user = await requirePageUser();
  const [tokens, sessions] = await Promise.all([listApiTokens(user.id), listLiveSessions(user.id)]);
  return (
    <>
      <TokenManager initial={tokens} />
      <SessionList sessions={sessions} currentId={user.sessionId ?? null} />
    </>
  );
}
