// `npm run backup` / `npm run restore` end to end: a portal database filled through the domain functions
// is dumped to a file and restored into a second, empty database on the same server.
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { computeAuditHash } from "@/lib/audit/audit-hash";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import {
  BackupFormatError,
  dump,
  restore,
  RestoreRefusedError,
  tableChecksums,
  type RestoreResult,
} from "@/lib/continuity/backup";
import { listTables, nonEmptyTables } from "@/lib/continuity/table-checksums";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { createTestIncident, createTestUser } from "../factories";
import { auditChain, count, emptyDatabase, fillPortal, indexes, withClient } from "../helpers/backup";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const SOURCE = process.env.DATABASE_URL!;

const dir = mkdtempSync(path.join(tmpdir(), "neuron-backup-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function dumpTo(file: string) {
  return dump(SOURCE, createWriteStream(file));
}

const restoreFrom = (url: string, file: string, onRestored?: (result: RestoreResult) => Promise<void>) =>
  restore(url, createReadStream(file), { migrationsDir: MIGRATIONS_DIR, onRestored });

let sourceSums: Awaited<ReturnType<typeof tableChecksums>>;
let backupFile: string;
let restoredUrl: string;
let result: RestoreResult;
const hookCalls: RestoreResult[] = [];
const onRestored = (restored: RestoreResult) => {
  hookCalls.push(restored);
  return Promise.resolve();
};

beforeAll(async () => {
  await fillPortal();
  sourceSums = await withClient(SOURCE, (c) => tableChecksums(c));
  backupFile = path.join(dir, "portal.nopsbak.gz");
  await dumpTo(backupFile);
  restoredUrl = await emptyDatabase();
  result = await restoreFrom(restoredUrl, backupFile, onRestored);
}, 120_000);

describe("backup and restore", () => {
  it("restores every table with the source's row count and content checksum", async () => {
    expect(result.ok).toBe(true);
    expect(result.tables.filter((t) => !t.ok)).toEqual([]);
    const restoredSums = await withClient(restoredUrl, (c) => tableChecksums(c));
    expect(restoredSums).toEqual(sourceSums);
    // The comparison covers the portal's tables, and most of them hold data.
    const names = sourceSums.map((s) => s.table);
    expect(names).toEqual(
      expect.arrayContaining([
        "users",
        "api_tokens",
        "services",
        "audit_log",
        "incidents",
        "incident_events",
        "incident_updates",
        "postmortem_action_items",
        "changes",
        "change_approvals",
        "access_requests",
        "security_events",
      ]),
    );
    expect(names).not.toContain("_prisma_migrations");
    const filled = sourceSums.filter((s) => s.rows > 0).map((s) => s.table);
    expect(filled.length).toBeGreaterThanOrEqual(20);
    expect(await withClient(restoredUrl, (c) => listTables(c))).toEqual(
      await withClient(SOURCE, (c) => listTables(c)),
    );
    const sourceIndexes = await indexes(SOURCE);
    expect(sourceIndexes.length).toBeGreaterThan(40);
    expect(await indexes(restoredUrl)).toEqual(sourceIndexes);
    expect(hookCalls).toEqual([result]);
  });

  it("records the source's migrations in the manifest and recomputes generated columns", async () => {
    const applied = await withClient(SOURCE, async (c) =>
      (
        await c.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name",
        )
      ).rows.map((r) => r.migration_name),
    );
    expect(result.manifest.migrations).toEqual(applied);
    expect(result.migratedForward).toEqual([]);
    const searchSql =
      "SELECT key FROM incidents WHERE search_vector @@ plainto_tsquery('english', 'backslash dot') ORDER BY key";
    const search = (url: string) =>
      withClient(url, async (c) => (await c.query<{ key: string }>(searchSql)).rows.map((r) => r.key));
    const found = await search(restoredUrl);
    expect(found.length).toBe(1);
    expect(found).toEqual(await search(SOURCE));
  });

  it("keeps the audit chain intact, and it is append-only again after the load", async () => {
    expect(await verifyAuditLog()).toMatchObject({ ok: true });
    const audited = sourceSums.find((s) => s.table === "audit_log")!.rows;
    expect(audited).toBeGreaterThan(30);
    expect((await auditChain(restoredUrl)).verdict).toMatchObject({ ok: true, checked: audited });
    await expect(withClient(restoredUrl, (c) => c.query("DELETE FROM audit_log"))).rejects.toThrow(
      /append-only/,
    );
  });

  it("continues every sequence after the restored ids: new audit records and incident events insert", async () => {
    const target = await emptyDatabase();
    expect((await restoreFrom(target, backupFile)).ok).toBe(true);
    const behind = await withClient(target, async (c) => {
      const sequences = (
        await c.query<{ seq: string; tbl: string; col: string }>(
          `SELECT s.relname AS seq, t.relname AS tbl, a.attname AS col FROM pg_class s
           JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
           JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
          WHERE s.relkind = 'S'`,
        )
      ).rows;
      expect(sequences.map((s) => s.tbl)).toEqual(
        expect.arrayContaining(["audit_log", "incident_events", "change_events", "login_attempts"]),
      );
      const late: string[] = [];
      for (const s of sequences) {
        const row = (
          await c.query<{ last: string; max: string | null }>(
            `SELECT (SELECT last_value FROM "${s.seq}") AS last, (SELECT max("${s.col}") FROM "${s.tbl}") AS max`,
          )
        ).rows[0]!;
        if (row.max !== null && BigInt(row.last) < BigInt(row.max)) late.push(s.seq);
      }
      return late;
    });
    expect(behind).toEqual([]);

    const { records } = await auditChain(target);
    const last = records.at(-1)!;
    const content = {
      at: new Date(),
      actorId: null,
      actorEmail: "system",
      action: "restore.test",
      entityType: "backup",
      entityId: "after-restore",
      before: null,
      after: { ok: true },
    };
    const hash = computeAuditHash(last.hash, content);
    const inserted = await withClient(target, async (c) => {
      const audit = await c.query<{ id: string }>(
        "INSERT INTO audit_log (at, actor_email, action, entity_type, entity_id, after, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        [
          content.at,
          content.actorEmail,
          content.action,
          content.entityType,
          content.entityId,
          content.after,
          last.hash,
          hash,
        ],
      );
      const event = await c.query<{ id: string; max: string }>(
        `INSERT INTO incident_events (incident_id, actor_name, kind, summary) SELECT id, 'Restore test', 'NOTE', 'after restore' FROM incidents LIMIT 1
         RETURNING id, (SELECT max(id) FROM incident_events) AS max`,
      );
      return {
        audit: BigInt(audit.rows[0]!.id),
        event: BigInt(event.rows[0]!.id),
        eventMax: BigInt(event.rows[0]!.max),
      };
    });
    expect(inserted.audit).toBe(last.id + 1n);
    expect(inserted.event).toBe(inserted.eventMax + 1n);
    expect((await auditChain(target)).verdict).toMatchObject({ ok: true, checked: records.length + 1 });
  });

  it("refuses to restore into a database that holds data, and changes nothing there", async () => {
    const file = path.join(dir, "again.nopsbak.gz");
    await dumpTo(file);
    const before = await withClient(restoredUrl, (c) => tableChecksums(c));
    const hook = vi.fn(() => Promise.resolve());
    await expect(restoreFrom(restoredUrl, file, hook)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreFrom(SOURCE, file)).rejects.toThrow(
      /target database is not empty \(rows in .*audit_log/,
    );
    expect(await withClient(restoredUrl, (c) => tableChecksums(c))).toEqual(before);
    expect(hook).not.toHaveBeenCalled();
  });

  it("rolls everything back when a table's content differs from what the backup recorded", async () => {
    // One word changed in one incident row of the file: same row count, different content.
    const text = gunzipSync(readFileSync(backupFile)).toString("utf8");
    const newline = text.indexOf("\n");
    const manifest = JSON.parse(text.slice(0, newline)) as { tables: { name: string }[] };
    const sections = text.slice(newline + 1).split(/^\\\.\n/m);
    const incidents = manifest.tables.findIndex((t) => t.name === "incidents");
    expect(sections[incidents]).toContain("Users see errors");
    sections[incidents] = sections[incidents]!.replace("Users see errors", "Users see errorz");
    const forged = path.join(dir, "forged.nopsbak.gz");
    writeFileSync(forged, gzipSync(`${text.slice(0, newline + 1)}${sections.join("\\.\n")}`));

    const target = await emptyDatabase();
    const hook = vi.fn((_r: RestoreResult) => Promise.resolve());
    const failed = await restoreFrom(target, forged, hook);
    expect(failed.ok).toBe(false);
    expect(failed.tables.filter((t) => !t.ok).map((t) => t.table)).toEqual(["incidents"]);
    const bad = failed.tables.find((t) => !t.ok)!;
    expect(bad.actual!.rows).toBe(bad.expected.rows);
    expect(bad.actual!.checksum).not.toBe(bad.expected.checksum);
    expect(hook).toHaveBeenCalledWith(failed);
    expect(await withClient(target, (c) => nonEmptyTables(c))).toEqual([]);
    expect(await indexes(target)).toEqual(await indexes(SOURCE)); // the dropped indexes came back with the rollback
  });

  it("restores a backup made before the latest migration at its own level, then migrates it forward", async () => {
    const names = readMigrations(MIGRATIONS_DIR).map((m) => m.name);
    const older = await emptyDatabase();
    await applyMigrations(older, MIGRATIONS_DIR, () => {}, { through: names.at(-2) });
    await withClient(older, (c) =>
      c.query(
        "INSERT INTO services (id, slug, name, owner, tier, updated_at) VALUES (gen_random_uuid(), 'legacy', 'Legacy', 'Team', 'STANDARD', now())",
      ),
    );
    const file = path.join(dir, "older.nopsbak.gz");
    const dumped = await dump(older, createWriteStream(file));
    expect(dumped.manifest.migrations).toEqual(names.slice(0, -1));

    // A database the portal already migrated to the latest level cannot take it: the load must come first.
    const migrated = await emptyDatabase();
    await applyMigrations(migrated, MIGRATIONS_DIR);
    await expect(restoreFrom(migrated, file)).rejects.toThrow(/already migrated past the backup/);

    const target = await emptyDatabase();
    const restored = await restoreFrom(target, file);
    expect(restored).toMatchObject({ ok: true, migratedForward: [names.at(-1)] });
    expect(await count(target, "services")).toBe(1);
    const applied = await withClient(target, async (c) =>
      (
        await c.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name",
        )
      ).rows.map((r) => r.migration_name),
    );
    expect(applied).toEqual(names);
  });

  it("refuses a file that is not a backup, and a cut-short one restores nothing", async () => {
    const notGzip = path.join(dir, "notes.txt");
    writeFileSync(notGzip, "just some notes\n");
    await expect(restoreFrom(await emptyDatabase(), notGzip)).rejects.toThrow(BackupFormatError);

    const cut = path.join(dir, "cut.nopsbak.gz");
    const whole = readFileSync(backupFile);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.8)));
    const target = await emptyDatabase();
    await expect(restoreFrom(target, cut)).rejects.toThrow(/damaged or cut short/);
    expect(await withClient(target, (c) => nonEmptyTables(c))).toEqual([]);
  });

  it("dumps one snapshot while the portal keeps writing", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const [first] = await withClient(SOURCE, (c) => listTables(c));
    const before = { incidents: await count(SOURCE, "incidents"), audit: await count(SOURCE, "audit_log") };
    // Hold the dump after its snapshot is taken (its first checksum waits for this lock), write, release.
    const locker = new pg.Client({ connectionString: SOURCE });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE "${first!.name}" IN ACCESS EXCLUSIVE MODE`);
    const file = path.join(dir, "busy.nopsbak.gz");
    const dumping = dumpTo(file);
    const waitingSql =
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'neuron-ops backup' AND wait_event_type = 'Lock'";
    // Polled outside the locker's transaction, which would keep seeing its first pg_stat_activity snapshot.
    const waiting = () =>
      withClient(SOURCE, async (c) => (await c.query<{ n: number }>(waitingSql)).rows[0]!.n);
    await vi.waitFor(async () => expect(await waiting()).toBe(1), { timeout: 10_000, interval: 50 });
    await Promise.all([1, 2, 3].map(() => createTestIncident(engineer)));
    await locker.query("COMMIT");
    await locker.end();
    const dumped = await dumping;

    expect(await count(SOURCE, "incidents")).toBe(before.incidents + 3);
    expect(dumped.manifest.tables.find((t) => t.name === "incidents")!.rows).toBe(before.incidents);
    const target = await emptyDatabase();
    const restored = await restoreFrom(target, file);
    expect(restored.ok).toBe(true);
    expect(await count(target, "incidents")).toBe(before.incidents);
    expect(await count(target, "audit_log")).toBe(before.audit);
    expect((await auditChain(target)).verdict).toMatchObject({ ok: true, checked: before.audit });
  });
});
