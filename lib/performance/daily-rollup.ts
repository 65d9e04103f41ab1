// Reads performance_daily for the catalog's services: per service, metric and UTC day, the count, sum
// and histogram. Turning a 160-bucket array into rows costs PostgreSQL ~20 µs a row (array_out), more
// than everything else in the application dashboard, and almost every row is unchanged since the last
// read (the past rarely changes; today's rows do). So each instance keeps the parsed rows in memory,
// keyed by row version: every read first lists the period's rows with their `xmin` (a new version on
// every trigger upsert, read for free from the tuple header), then fetches the histograms of only the
// rows it has not seen in that version. Answers are always those of the database at that moment.
import "server-only";
import { Prisma } from "@/generated/prisma/client";

import type { DayHistogram } from "@/lib/performance/figures";
import { sqlRows } from "@/lib/db/sql";

type Entry = DayHistogram & { version: string };
type VersionRow = { service: string; metric: string; day: number; version: string };
type FullRow = VersionRow & { samples: number; sum: number; buckets: string };

// 20 services × 7 metrics × 3 years ≈ 150,000 rows; a few hundred bytes each.
const MAX_CACHED = 160_000;
const globalForRollup = globalThis as unknown as { neuronPerformanceDaily?: Map<string, Entry> };
const cache = (globalForRollup.neuronPerformanceDaily ??= new Map<string, Entry>());

const keyOf = (service: string, metric: string, day: number) => `${service}|${metric}|${day}`;

// "{0,0,3,0,12}" → buckets [2, 4], counts [3, 12]: one pass over the characters, no intermediate strings.
export function parseSparseHistogram(text: string): { buckets: number[]; counts: number[] } {
  const buckets: number[] = [];
  const counts: number[] = [];
  let index = 0;
  let value = 0;
  let digits = false;
  let negative = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits = true;
    } else if (c === 45) {
      negative = true;
    } else if (c === 44 || c === 125) {
      if (digits && value !== 0) {
        buckets.push(index);
        counts.push(negative ? -value : value);
      }
      index += 1;
      value = 0;
      digits = false;
      negative = false;
    }
  }
  return { buckets, counts };
}

export type DailyRollup = Map<string, Map<string, Map<number, DayHistogram>>>;

// service → metric → day number (days since 1970-01-01) → histogram, for days fromDay..toDay inclusive.
export async function readDailyRollup(
  fromDay: number,
  toDay: number,
  metrics: readonly string[],
): Promise<DailyRollup> {
  const versions = await sqlRows<VersionRow>(
    Prisma.sql`
      SELECT d.service, d.metric, (d.day - DATE '1970-01-01') AS day, d.xmin::text AS version
      FROM performance_daily d
      WHERE d.service = ANY((SELECT array_agg(slug) FROM services)::text[]) AND d.metric = ANY(${[...metrics]}::text[])
        AND d.day BETWEEN DATE '1970-01-01' + ${fromDay}::int AND DATE '1970-01-01' + ${toDay}::int`,
    { prepared: true },
  );
  const stale = versions.filter((v) => cache.get(keyOf(v.service, v.metric, v.day))?.version !== v.version);
  if (stale.length) {
    const rows = await sqlRows<FullRow>(
      Prisma.sql`
        SELECT d.service, d.metric, (d.day - DATE '1970-01-01') AS day, d.xmin::text AS version, d.samples::float8 AS samples, d.sum, d.buckets::text AS buckets
        FROM unnest(${stale.map((s) => s.service)}::text[], ${stale.map((s) => s.metric)}::text[], ${stale.map((s) => s.day)}::int[]) AS k(service, metric, day)
        JOIN performance_daily d ON d.service = k.service AND d.metric = k.metric AND d.day = DATE '1970-01-01' + k.day`,
      { prepared: true },
    );
    for (const s of stale) cache.delete(keyOf(s.service, s.metric, s.day)); // a row gone since the first read stays gone
    for (const r of rows) {
      // Inserted last, so the Map's order is oldest-read first for the trimming below.
      cache.set(keyOf(r.service, r.metric, r.day), {
        version: r.version,
        samples: r.samples,
        sum: r.sum,
        ...parseSparseHistogram(r.buckets),
      });
    }
    for (const key of cache.keys()) {
      if (cache.size <= MAX_CACHED) break;
      cache.delete(key);
    }
  }
  const out: DailyRollup = new Map();
  for (const v of versions) {
    const entry = cache.get(keyOf(v.service, v.metric, v.day));
    if (!entry) continue; // deleted between the two reads
    let byMetric = out.get(v.service);
    if (!byMetric) out.set(v.service, (byMetric = new Map<string, Map<number, DayHistogram>>()));
    let byDay = byMetric.get(v.metric);
    if (!byDay) byMetric.set(v.metric, (byDay = new Map<number, DayHistogram>()));
    byDay.set(v.day, entry);
  }
  return out;
}
