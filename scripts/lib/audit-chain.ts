// Reads the whole audit chain through a plain pg client and verifies it (for scripts and tests that
// work on a database other than the portal's own, e.g. a restored copy or a drill's).
import type pg from "pg";
import { verifyChain, type ChainRecord } from "../../lib/audit/audit-hash";

type Row = {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
};

export async function readAuditChain(client: pg.Client) {
  const rows = (await client.query<Row>("SELECT * FROM audit_log ORDER BY id")).rows;
  const records: ChainRecord[] = rows.map((r) => ({
    id: BigInt(r.id),
    at: r.at,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
  return { records, verdict: verifyChain(records) };
}
