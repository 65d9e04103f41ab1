// Bulk-loads performance samples for performance work: one sample an hour for a year, for every service
// in the catalog and each performance and capacity metric (7 × 8,760 ≈ 61,000 rows a service), generated
// inside PostgreSQL (generate_series), one INSERT per service so the performance_daily trigger folds
// each statement into the rollup once. Bulk rows have source `bulk`; a service that already has them is
// skipped, so calling it again is cheap. Like the bulk incidents, this is load-test data: no audit.
import pg from "pg";

const METRICS = [
  "api_latency_ms",
  "db_query_ms",
  "page_load_ms",
  "search_ms",
  "cpu_percent",
  "memory_percent",
  "disk_percent",
];

// Values near each handbook standard (most of them meet it), a daily CPU cycle, and a slow disk growth.
const GENERATE_SQL = `
  INSERT INTO performance_samples (service, metric, value, at, source)
  SELECT $1, m.metric,
    CASE m.metric
      WHEN 'api_latency_ms' THEN 40 + 80 * random() + CASE WHEN random() < 0.03 THEN 400 * random() ELSE 0 END
      WHEN 'db_query_ms' THEN 4 + 30 * random() + CASE WHEN random() < 0.02 THEN 150 * random() ELSE 0 END
      WHEN 'page_load_ms' THEN 700 + 1300 * random()
      WHEN 'search_ms' THEN 80 + 400 * random()
      WHEN 'cpu_percent' THEN 35 + 20 * sin(extract(epoch FROM t) / 86400 * 2 * pi()) + 15 * random()
      WHEN 'memory_percent' THEN 55 + 10 * random()
      ELSE 40 + 25 * extract(epoch FROM t - $2::timestamptz) / extract(epoch FROM $3::timestamptz - $2::timestamptz) + 2 * random()
    END,
    t, 'bulk'
  FROM unnest($4::text[]) AS m(metric)
  CROSS JOIN generate_series($2::timestamptz, $3::timestamptz, interval '1 hour') AS t`;

export async function loadLargeSamples(
  url: string,
  options: { days?: number; quiet?: boolean } = {},
): Promise<{ inserted: number; services: number; seconds: number }> {
  const days = options.days ?? 365;
  const began = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const services = (
      await client.query<{ slug: string }>(
        "SELECT slug FROM services s WHERE NOT EXISTS (SELECT 1 FROM performance_samples p WHERE p.service = s.slug AND p.source = 'bulk') ORDER BY slug",
      )
    ).rows.map((r) => r.slug);
    const end = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const start = new Date(end.getTime() - days * 86_400_000 + 3_600_000);
    let inserted = 0;
    for (const [i, slug] of services.entries()) {
      const result = await client.query(GENERATE_SQL, [slug, start, end, METRICS]);
      inserted += result.rowCount ?? 0;
      if (!options.quiet)
        process.stdout.write(
          `\r  performance samples: ${i + 1}/${services.length} services, ${inserted.toLocaleString("en")} rows`,
        );
    }
    if (!options.quiet && services.length) process.stdout.write("\n");
    await client.query("ANALYZE performance_samples");
    await client.query("ANALYZE performance_daily");
    return { inserted, services: services.length, seconds: (Date.now() - began) / 1000 };
  } finally {
    await client.end();
  }
}
