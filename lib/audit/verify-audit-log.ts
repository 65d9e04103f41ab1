// Walks the whole chain in batches, oldest first. Used by `npm run audit:verify`.
import "server-only";
import { db } from "@/lib/db";
import { GENESIS_HASH, verifyChain, type ChainVerdict } from "@/lib/audit/audit-hash";

const BATCH = 5000;

export async function verifyAuditLog(
  onProgress: (checked: number) => void = () => {},
): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let afterId = 0n;
  for (;;) {
    const batch = await db.auditLog.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (batch.length === 0) return { ok: true, checked };
    const verdict = verifyChain(batch, prev, checked);
    if (!verdict.ok)
      return { ok: false, checked: verdict.checked, brokenId: verdict.brokenId, reason: verdict.reason };
    prev = verdict.lastHash;
    checked = verdict.checked;
    afterId = batch.at(-1)!.id;
    onProgress(checked);
  }
}
