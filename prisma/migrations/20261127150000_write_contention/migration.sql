-- Reports that arrive together (an outage brings many at once) queued behind two single points: the
-- day's row of incident_daily_stats, locked by its upsert until commit, and the audit chain's lock, held
-- across several round trips. This migration removes the first and shortens the second.

-- AlterTable
ALTER TABLE "incident_daily_stats" DROP CONSTRAINT "incident_daily_stats_pkey",
ADD COLUMN     "shard" SMALLINT NOT NULL DEFAULT 0,
ADD CONSTRAINT "incident_daily_stats_pkey" PRIMARY KEY ("day", "severity", "shard");

-- CreateIndex
-- (Deleting an incident sets its security events' incident_id to NULL: without an index, each deleted
-- incident read every security event.)
CREATE INDEX "security_events_incident_id_idx" ON "security_events"("incident_id");

-- 1. Each database connection adds its deltas to its own shard of a day (one of 16), so concurrent
--    writers rarely touch the same row. Every figure is a sum, so readers sum the shards (they already
--    grouped by day or severity). Rows of a day and severity whose incidents sum to zero are removed, as
--    a recomputation would have none; when two transactions empty a day at once a zero row may stay,
--    which changes no sum. (plpgsql rather than sql: it keeps its plans per connection, where a sql
--    function's statements were planned again on every report.)
CREATE OR REPLACE FUNCTION incident_daily_stats_add(deltas incident_stats_delta[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO incident_daily_stats AS t (day, severity, shard, incidents, acknowledged, ack_seconds, resolved, resolve_seconds, response_met, resolution_met)
  SELECT (created_at AT TIME ZONE 'UTC')::date, severity, (pg_backend_pid() % 16)::smallint, sum(sign)::int,
    sum(CASE WHEN acknowledged_at IS NOT NULL THEN sign ELSE 0 END)::int,
    coalesce(sum(extract(epoch FROM acknowledged_at - created_at) * sign), 0)::float8,
    sum(CASE WHEN resolved_at IS NOT NULL THEN sign ELSE 0 END)::int,
    coalesce(sum(extract(epoch FROM resolved_at - created_at) * sign), 0)::float8,
    sum(CASE WHEN acknowledged_at <= response_due_at THEN sign ELSE 0 END)::int,
    sum(CASE WHEN resolved_at <= resolution_due_at THEN sign ELSE 0 END)::int
  FROM unnest(deltas) GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, severity, shard) DO UPDATE SET
    incidents = t.incidents + excluded.incidents, acknowledged = t.acknowledged + excluded.acknowledged,
    ack_seconds = t.ack_seconds + excluded.ack_seconds, resolved = t.resolved + excluded.resolved,
    resolve_seconds = t.resolve_seconds + excluded.resolve_seconds, response_met = t.response_met + excluded.response_met,
    resolution_met = t.resolution_met + excluded.resolution_met;
  DELETE FROM incident_daily_stats t USING (SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date AS day, severity FROM unnest(deltas) WHERE sign < 0) k
  WHERE t.day = k.day AND t.severity = k.severity
    AND (SELECT sum(s.incidents) FROM incident_daily_stats s WHERE s.day = k.day AND s.severity = k.severity) = 0;
END $fn$;

-- 2. One audit record appended in one statement: take the chain's lock, read the newest hash, insert.
--    The caller computes the canonical JSON of the record (lib/audit/audit-hash.ts); its last key is
--    prevHash, so the text before the previous hash (p_hash_prefix) is known before the lock is taken and
--    the hash is sha256(prefix || previous hash || '"}'), exactly the hash lib/audit/audit-hash.ts
--    computes and the verifier checks. The lock is the one lib/audit/record-audit.ts used (42810001) and
--    is held to the end of the caller's transaction, as before; plpgsql reads after taking it, so the
--    newest committed record is seen. Returns the new record's hash.
CREATE FUNCTION audit_append(p_at timestamptz, p_actor_id uuid, p_actor_email text, p_action text, p_entity_type text,
    p_entity_id text, p_before jsonb, p_after jsonb, p_hash_prefix text) RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
  prev text;
  new_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(42810001);
  SELECT hash INTO prev FROM audit_log ORDER BY id DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  new_hash := encode(sha256(convert_to(p_hash_prefix || prev || '"}', 'UTF8')), 'hex');
  INSERT INTO audit_log (at, actor_id, actor_email, action, entity_type, entity_id, before, after, prev_hash, hash)
  VALUES (p_at, p_actor_id, p_actor_email, p_action, p_entity_type, p_entity_id, p_before, p_after, prev, new_hash);
  RETURN new_hash;
END $fn$;
