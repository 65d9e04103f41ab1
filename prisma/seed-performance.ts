// Demo performance and capacity history: the catalog service `ops-portal` (the portal itself), then for
// it and every demo service 30 days of hourly samples of the 7 performance and capacity metrics,
// deterministic (seeded per service). Most services meet the handbook's standards; the Integration
// Gateway misses API p95 (< 200 ms) and Document Storage's disk grows ~0.8 points a day, so its average
// reaches the 70 % target about two weeks after the seed. Written straight to performance_samples with
// source `demo` (history, not sent by anyone: no audit record), one INSERT per service.
import { Prisma } from "@/generated/prisma/client";
import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { createService } from "@/lib/services/create-service";

const HOUR = 3_600_000;
const DAYS = 30;

export const OPS_PORTAL_SERVICE = {
  slug: "ops-portal",
  name: "Neuron Ops",
  owner: "Platform team",
  tier: "CRITICAL",
  description: "Neuron Ops itself: measured by the portal",
} as const;

// mulberry32: a tiny deterministic generator, so every seed gives the same demo.
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Profile = {
  api: number;
  db: number;
  page: number;
  search: number;
  cpu: number;
  memory: number;
  disk: (dayIndex: number) => number;
};
const NORMAL: Profile = { api: 70, db: 18, page: 1200, search: 250, cpu: 35, memory: 55, disk: () => 45 };
const PROFILES: Record<string, Partial<Profile>> = {
  "integration-gateway": { api: 190, cpu: 45 }, // slow government APIs: p95 well above 200 ms
  "document-storage": { disk: (d) => 35 + 0.8 * d }, // 35 % → ~59 % over the 30 days, 70 % two weeks later
  search: { search: 380, cpu: 50 },
  reporting: { db: 35, memory: 68 },
  "ops-portal": { api: 40, db: 6, page: 900, search: 60, cpu: 20, memory: 50 },
};

function samplesFor(slug: string, seed: number, end: number) {
  const p = { ...NORMAL, ...PROFILES[slug] };
  const next = random(seed);
  // A right-skewed latency: mostly around the base, a long tail of slow calls.
  const latency = (base: number) => base * (0.6 + 0.6 * next()) * (next() < 0.06 ? 2 + 2 * next() : 1);
  const rows: { metric: string; value: number; at: string }[] = [];
  for (let k = DAYS * 24 - 1; k >= 0; k--) {
    const at = end - k * HOUR - Math.floor(next() * 50) * 60_000;
    const hourOfDay = new Date(at).getUTCHours();
    const dayIndex = DAYS - 1 - Math.floor(k / 24);
    const busy = Math.sin(((hourOfDay - 6) / 24) * 2 * Math.PI); // peak mid-afternoon UTC
    const iso = new Date(at).toISOString();
    rows.push(
      { metric: "api_latency_ms", value: latency(p.api), at: iso },
      { metric: "db_query_ms", value: latency(p.db), at: iso },
      { metric: "page_load_ms", value: latency(p.page), at: iso },
      { metric: "search_ms", value: latency(p.search), at: iso },
      { metric: "cpu_percent", value: Math.min(100, Math.max(1, p.cpu + 15 * busy + 8 * next())), at: iso },
      { metric: "memory_percent", value: Math.min(100, p.memory + 6 * next()), at: iso },
      { metric: "disk_percent", value: Math.min(100, p.disk(dayIndex) + next()), at: iso },
    );
  }
  return rows;
}

export async function seedDemoPerformance(log: (line: string) => void) {
  if (!(await db.service.findUnique({ where: { slug: OPS_PORTAL_SERVICE.slug }, select: { id: true } }))) {
    await createService(SYSTEM_ACTOR, { ...OPS_PORTAL_SERVICE });
  }
  const services = (await db.service.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map(
    (s) => s.slug,
  );
  const end = Math.floor(Date.now() / HOUR) * HOUR;
  let total = 0;
  for (const [i, slug] of services.entries()) {
    const rows = samplesFor(slug, 7919 * (i + 1), end);
    await db.$executeRaw(Prisma.sql`
      INSERT INTO performance_samples (service, metric, value, at, source)
      SELECT ${slug}, u.metric, u.value, u.at, 'demo'
      FROM unnest(${rows.map((r) => r.metric)}::text[], ${rows.map((r) => r.value)}::float8[], ${rows.map((r) => r.at)}::timestamptz[]) AS u(metric, value, at)`);
    total += rows.length;
  }
  log(`seeded ${total.toLocaleString("en")} performance samples (${DAYS} days, ${services.length} services)`);
}
