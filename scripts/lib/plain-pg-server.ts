// The floor for the queue benchmark: the same open-incident queue served by node:http and pg alone.
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
const QUEUE_SQL = `
  SELECT i.id, i.key, i.title, i.severity, i.status, i.impact, i.affected_services, i.created_at, i.acknowledged_at,
    i.response_due_at, i.resolution_due_at, i.next_update_due_at, i.version,
    r.name AS reported_by, a.name AS assigned_to
  FROM incidents i
  JOIN users r ON r.id = i.reported_by_id
  LEFT JOIN users a ON a.id = i.assigned_to_id
  WHERE i.status IN ('OPEN', 'IN_PROGRESS')
  ORDER BY i.severity, (CASE WHEN i.acknowledged_at IS NULL THEN i.response_due_at ELSE i.resolution_due_at END), i.id
  LIMIT 50`;

createServer((_req, res) => {
  pool
    .query(QUEUE_SQL)
    .then((result) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ items: result.rows }));
    })
    .catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
}).listen(Number(process.env.PORT ?? 3299), "127.0.0.1");
