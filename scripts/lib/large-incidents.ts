// Bulk-loads incidents for performance work: generated inside PostgreSQL (generate_series), a year at a
// time in chunks, with keys continuing each year's counter. Bulk data bypasses the audit log on purpose:
// it is load-test data, not operations.
import { SingleBar, Presets } from "cli-progress";
import pg from "pg";

const YEAR_MS = 365.25 * 24 * 3_600_000;

const WORDS = {
  subject: [
    "Database",
    "API gateway",
    "Login",
    "Search",
    "Document upload",
    "Invoice",
    "Case timeline",
    "Notification",
    "Report export",
    "SSO",
    "Payment",
    "Calendar sync",
    "E-filing",
    "Client portal",
    "Audit trail",
  ],
  problem: [
    "timeouts",
    "errors",
    "latency spike",
    "failures",
    "stale data",
    "crash loop",
    "memory leak",
    "certificate expiry",
    "slow queries",
    "dropped messages",
    "duplicate records",
    "permission errors",
  ],
  detail: [
    "after deploy",
    "under peak load",
    "for some tenants",
    "in eu-west",
    "on mobile",
    "since midnight",
    "during backup window",
    "after config change",
    "for large files",
    "intermittently",
  ],
};

// Recomputes incident_daily_stats from the incidents (from `sinceDay` on, or all of it), for bulk loads.
export async function rebuildDailyStats(client: pg.Client, sinceDay?: string) {
  await client.query("BEGIN");
  await client.query(
    sinceDay ? "DELETE FROM incident_daily_stats WHERE day >= $1::date" : "DELETE FROM incident_daily_stats",
    sinceDay ? [sinceDay] : [],
  );
  await client.query(
    `INSERT INTO incident_daily_stats (day, severity, incidents, acknowledged, ack_seconds, resolved, resolve_seconds, response_met, resolution_met)
      SELECT (created_at AT TIME ZONE 'UTC')::date, severity, count(*)::int, count(acknowledged_at)::int,
        coalesce(sum(extract(epoch FROM acknowledged_at - created_at)), 0), count(resolved_at)::int,
        coalesce(sum(extract(epoch FROM resolved_at - created_at)), 0),
        count(*) FILTER (WHERE acknowledged_at <= response_due_at)::int, count(*) FILTER (WHERE resolved_at <= resolution_due_at)::int
      FROM incidents ${sinceDay ? "WHERE created_at >= ($1::date)::timestamp AT TIME ZONE 'UTC'" : ""} GROUP BY 1, 2`,
    sinceDay ? [sinceDay] : [],
  );
  await client.query("COMMIT");
}

// Recomputes service_impact_daily (merged impact spans per service and UTC day) from every incident.
export async function rebuildServiceImpact(client: pg.Client) {
  await client.query("BEGIN");
  await client.query("DELETE FROM service_impact_daily");
  await client.query(
    "INSERT INTO service_impact_daily (service, day, outage, impaired) SELECT * FROM service_impact_recomputed()",
  );
  await client.query("COMMIT");
}

const sqlArray = (values: string[]) =>
  `(ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}])`;

export async function loadLargeIncidents(
  url: string,
  total: number,
  options: { years?: number; chunk?: number; quiet?: boolean } = {},
) {
  const years = options.years ?? 3;
  const chunk = options.chunk ?? 25_000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const users = (
      await client.query<{ id: string }>(
        `SELECT id FROM users WHERE is_active AND roles && ARRAY['ENGINEER','OPS_MANAGER']::"Role"[]`,
      )
    ).rows.map((r) => r.id);
    const services = (await client.query<{ slug: string }>("SELECT slug FROM services")).rows.map(
      (r) => r.slug,
    );
    if (users.length === 0 || services.length === 0)
      throw new Error("Seed users and services first (npm run db:seed)");

    const end = Date.now();
    const start = end - years * YEAR_MS;
    // Split the period by calendar year so keys are INC-<year>-<seq> with each year's own sequence.
    const spans: { year: number; from: number; to: number }[] = [];
    for (let y = new Date(start).getUTCFullYear(); y <= new Date(end).getUTCFullYear(); y++) {
      const from = Math.max(start, Date.UTC(y, 0, 1));
      const to = Math.min(end, Date.UTC(y + 1, 0, 1));
      if (to > from) spans.push({ year: y, from, to });
    }

    const bar = options.quiet
      ? null
      : new SingleBar(
          { format: "  incidents [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left | {rate}/s" },
          Presets.shades_classic,
        );
    bar?.start(total, 0, { rate: 0 });
    const began = Date.now();
    // Index upkeep dominates bulk inserts: drop the search index and rebuild it once at the end. The
    // rollup triggers are skipped for this session (neuron.bulk_load) and the rollups rebuilt at the end.
    await client.query("DROP INDEX IF EXISTS incidents_search_idx");
    await client.query("SET neuron.bulk_load = 'on'");
    let done = 0;
    let planned = 0;
    for (const [i, span] of spans.entries()) {
      // The last year takes the remainder, so the total is exact.
      const count =
        i === spans.length - 1
          ? total - planned
          : Math.round((total * (span.to - span.from)) / (end - start));
      planned += count;
      const counter = await client.query<{ last_seq: number }>(
        `INSERT INTO incident_key_counters (year, last_seq) VALUES ($1, 0) ON CONFLICT (year) DO UPDATE SET last_seq = incident_key_counters.last_seq RETURNING last_seq`,
        [span.year],
      );
      const baseSeq = counter.rows[0]!.last_seq;
      for (let offset = 0; offset < count; offset += chunk) {
        const n = Math.min(chunk, count - offset);
        await client.query(GENERATE_SQL(users, services), [
          offset + 1,
          offset + n,
          span.year,
          baseSeq,
          new Date(span.from),
          (span.to - span.from) / count,
          new Date(end),
        ]);
        done += n;
        bar?.update(done, { rate: Math.round(done / ((Date.now() - began) / 1000)) });
      }
      await client.query("UPDATE incident_key_counters SET last_seq = last_seq + $2 WHERE year = $1", [
        span.year,
        count,
      ]);
    }
    bar?.stop();
    if (!options.quiet) console.log("  rebuilding the search index and statistics…");
    await client.query(
      `CREATE INDEX IF NOT EXISTS "incidents_search_idx" ON "incidents" USING GIN ("search_vector")`,
    );
    if (!options.quiet) console.log("  rebuilding the daily metrics rollup…");
    await rebuildDailyStats(client);
    if (!options.quiet) console.log("  rebuilding the service impact rollup…");
    await rebuildServiceImpact(client);
    await client.query("RESET neuron.bulk_load");
    await client.query("VACUUM ANALYZE incidents"); // also marks pages all-visible, for index-only scans
    return { inserted: done, seconds: (Date.now() - began) / 1000 };
  } finally {
    await client.end();
  }
}

// $1..$2 rows of the year $3, keys after $4, created from $5 every $6 ms; $7 is "now".
const GENERATE_SQL = (users: string[], services: string[]) => `
WITH base AS (
  SELECT g,
    $5::timestamptz + ((g - 0.5) * $6::float8) * interval '1 millisecond' AS created_at,
    random() AS r_sev, random() AS r_ack, random() AS r_res, random() AS r_state,
    ${sqlArray(services)} AS svc, ${sqlArray(users)} AS ppl
  FROM generate_series($1::int, $2::int) g
), sized AS (
  SELECT *,
    CASE WHEN r_sev < 0.02 THEN 'P1' WHEN r_sev < 0.12 THEN 'P2' WHEN r_sev < 0.5 THEN 'P3' ELSE 'P4' END AS severity
  FROM base
), clocked AS (
  SELECT *,
    CASE severity WHEN 'P1' THEN 15 WHEN 'P2' THEN 60 WHEN 'P3' THEN 240 ELSE 1440 END AS resp_min,
    CASE severity WHEN 'P1' THEN 240 WHEN 'P2' THEN 1440 WHEN 'P3' THEN 4320 ELSE 10080 END AS res_min
  FROM sized
), timed AS (
  SELECT *,
    created_at + (resp_min * (0.1 + r_ack * 1.1)) * interval '1 minute' AS ack_at,
    created_at + (res_min * (0.1 + r_res * 1.05)) * interval '1 minute' AS res_at
  FROM clocked
)
INSERT INTO incidents (id, key, title, description, severity, status, impact, affected_services, reported_by_id, assigned_to_id,
  created_at, updated_at, acknowledged_at, resolved_at, closed_at, response_due_at, resolution_due_at, resolution, version)
SELECT gen_random_uuid(),
  'INC-' || $3::int || '-' || lpad(($4::int + g)::text, greatest(4, length(($4::int + g)::text)), '0'),
  ${sqlArray(WORDS.subject)}[1 + (g * 7) % ${WORDS.subject.length}] || ' ' || ${sqlArray(WORDS.problem)}[1 + (g * 13) % ${WORDS.problem.length}] || ' ' || ${sqlArray(WORDS.detail)}[1 + (g * 3) % ${WORDS.detail.length}],
  'Monitoring reported ' || ${sqlArray(WORDS.problem)}[1 + (g * 5) % ${WORDS.problem.length}] || ' on ' || svc[1 + g % array_length(svc, 1)] || '. Customers affected: ' || (g % 500) || '. Runbook followed; see timeline.',
  severity::"IncidentSeverity",
  (CASE WHEN res_at > $7 THEN (CASE WHEN ack_at > $7 THEN 'OPEN' ELSE 'IN_PROGRESS' END)
        WHEN res_at > $7::timestamptz - interval '3 days' THEN 'RESOLVED' ELSE 'CLOSED' END)::"IncidentStatus",
  (CASE WHEN severity = 'P1' THEN 'OUTAGE' WHEN r_state < 0.8 THEN 'DEGRADED' ELSE 'NONE' END)::"IncidentImpact",
  CASE WHEN g % 4 = 0 THEN ARRAY[svc[1 + g % array_length(svc, 1)], svc[1 + (g / 4) % array_length(svc, 1)]] ELSE ARRAY[svc[1 + g % array_length(svc, 1)]] END,
  ppl[1 + (g * 11) % array_length(ppl, 1)]::uuid,
  CASE WHEN ack_at > $7 THEN NULL ELSE ppl[1 + (g * 17) % array_length(ppl, 1)]::uuid END,
  created_at,
  LEAST($7, res_at + interval '2 days'),
  CASE WHEN ack_at > $7 THEN NULL ELSE ack_at END,
  CASE WHEN res_at > $7 THEN NULL ELSE res_at END,
  CASE WHEN res_at > $7::timestamptz - interval '3 days' THEN NULL ELSE res_at + interval '2 days' END,
  created_at + resp_min * interval '1 minute',
  created_at + res_min * interval '1 minute',
  CASE WHEN res_at > $7 THEN NULL ELSE 'Fixed and verified.' END,
  1
FROM timed`;
