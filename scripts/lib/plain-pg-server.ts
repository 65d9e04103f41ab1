// The floors for the benchmark, served by node:http and pg alone (no framework, no ORM, no sign-in):
//   GET  /        the open-incident queue (the same query as the portal's triage queue)
//   GET  /search  ?q= the portal's full-text search query (same SQL: words as prefixes, newest first, the
//                 list's columns, people and counts), its rows sent as JSON
//   POST /create  a P4 report with the same writes as the portal's: a key from the year's counter, then in
//                 one transaction the incident (its rollup triggers fire), its timeline event and an audit
//                 record linked into the hash chain (audit_append, as lib/audit/record-audit.ts does).
//   POST /alert   an Alertmanager notification stored as a raw row (parsed, hashed), as the intake does
//                 before it answers; into a table of its own so the portal's queue never sees it.
import { createHash, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";
import { Prisma } from "../../generated/prisma/client";
import { INCIDENT_COLUMNS, INCIDENT_JOINS } from "../../lib/incidents/incident-sql";
import { prefixTsQuery } from "../../lib/incidents/search-query";
import { auditHashPrefix } from "../../lib/audit/audit-hash";

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 20),
});
const QUEUE_SQL = `
  SELECT i.id, i.key, i.title, i.severity, i.status, i.impact, i.affected_services, i.created_at, i.acknowledged_at,
    i.response_due_at, i.resolution_due_at, i.next_update_due_at, i.version,
    r.name AS reported_by, a.name AS assigned_to
  FROM incidents i
  LEFT JOIN users r ON r.id = i.reported_by_id
  LEFT JOIN users a ON a.id = i.assigned_to_id
  WHERE i.status IN ('OPEN', 'IN_PROGRESS')
  ORDER BY i.severity, (CASE WHEN i.acknowledged_at IS NULL THEN i.response_due_at ELSE i.resolution_due_at END), i.id
  LIMIT 50`;
const HOUR = 3_600_000;

let reporterId: Promise<string> | undefined;
const reporter = () =>
  (reporterId ??= pool
    .query<{ id: string }>("SELECT id FROM users WHERE email = 'engineer@neuron.test'")
    .then((r) => r.rows[0]!.id));

async function createIncident(body: { title: string; description: string }) {
  const now = new Date();
  const actorId = await reporter();
  const seq = (
    await pool.query<{ last_seq: number }>(
      `INSERT INTO incident_key_counters (year, last_seq) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_seq = incident_key_counters.last_seq + 1 RETURNING last_seq`,
      [now.getUTCFullYear()],
    )
  ).rows[0]!.last_seq;
  const key = `INC-${now.getUTCFullYear()}-${String(seq).padStart(4, "0")}`;
  const id = randomUUID();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO incidents (id, key, title, description, severity, impact, affected_services, reported_by_id, created_at, updated_at, response_due_at, resolution_due_at)
       VALUES ($1, $2, $3, $4, 'P4', 'DEGRADED', ARRAY['search'], $5, $6, $6, $7, $8)`,
      [
        id,
        key,
        body.title,
        body.description,
        actorId,
        now,
        new Date(now.getTime() + 24 * HOUR),
        new Date(now.getTime() + 120 * HOUR),
      ],
    );
    await client.query(
      `INSERT INTO incident_events (incident_id, actor_id, actor_name, kind, summary, at) VALUES ($1, $2, 'Bench', 'CREATED', 'Reported as P4', $3)`,
      [id, actorId, now],
    );
    const audit = {
      at: now,
      actorId,
      actorEmail: "engineer@neuron.test",
      action: "incident.create",
      entityType: "incident",
      entityId: key,
      before: null,
      after: { id, key, title: body.title, severity: "P4" },
    };
    await client.query("SELECT audit_append($1, $2, $3, $4, $5, $6, NULL, $7, $8)", [
      now,
      actorId,
      audit.actorEmail,
      audit.action,
      audit.entityType,
      key,
      JSON.stringify(audit.after),
      auditHashPrefix(audit),
    ]);
    await client.query("COMMIT");
    return { id, key };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

// The alert floor's rows: the same columns the intake stores, in a table the portal never reads.
await pool.query(
  "CREATE TABLE IF NOT EXISTS bench_floor_alerts (id bigserial PRIMARY KEY, received_at timestamptz NOT NULL, body jsonb, group_key text, body_hash text)",
);

createServer((req, res) => {
  const fail = (error: unknown) => {
    res.writeHead(500);
    res.end(String(error));
  };
  if (req.method === "POST" && req.url === "/alert") {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const body = JSON.parse(text) as { groupKey: string };
      pool
        .query(
          "INSERT INTO bench_floor_alerts (received_at, body, group_key, body_hash) VALUES (now(), $1::jsonb, $2, $3)",
          [text, body.groupKey, createHash("sha256").update(text).digest("hex")],
        )
        .then(() => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end('{"status":"accepted"}');
        })
        .catch(fail);
    });
    return;
  }
  if (req.method === "POST" && req.url === "/create") {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      createIncident(
        JSON.parse(Buffer.concat(chunks).toString("utf8")) as { title: string; description: string },
      )
        .then((created) => {
          res.writeHead(201, { "content-type": "application/json" });
          res.end(JSON.stringify(created));
        })
        .catch(fail);
    });
    return;
  }
  if (req.url?.startsWith("/search")) {
    const tsquery = prefixTsQuery(new URL(req.url, "http://floor").searchParams.get("q") ?? "") ?? "";
    const search = Prisma.sql`
      SELECT ${INCIDENT_COLUMNS} FROM (
        SELECT * FROM incidents WHERE search_vector @@ to_tsquery('english', ${tsquery}) ORDER BY created_at DESC, id DESC LIMIT 51
      ) i ${INCIDENT_JOINS} ORDER BY i.created_at DESC, i.id DESC`;
    pool
      .query(search.text, search.values)
      .then((result) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ items: result.rows.slice(0, 50) }));
      })
      .catch(fail);
    return;
  }
  pool
    .query(QUEUE_SQL)
    .then((result) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ items: result.rows }));
    })
    .catch(fail);
}).listen(Number(process.env.PORT ?? 3299), "127.0.0.1");
