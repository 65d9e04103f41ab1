import pg from "pg";
import { describe, expect, it } from "vitest";
import * as auditRoute from "@/app/api/audit-log/route";
import * as serviceRoute from "@/app/api/services/[slug]/route";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { call } from "../helpers/api";
import { createTestService, createTestUser } from "../factories";

const sql = async <R extends pg.QueryResultRow = Record<string, string>>(
  query: string,
  params: unknown[] = [],
) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query<R>(query, params);
  } finally {
    await client.end();
  }
};

describe("audit log", () => {
  it("records every write with actor, before and after, readable by admin and security", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const admin = await createTestUser(["ADMIN"]);
    const service = await createTestService({ owner: "Before Team" });
    await call(serviceRoute.PATCH, "PATCH", "", {
      token: manager.token,
      params: { slug: service.slug },
      body: { version: 1, owner: "After Team" },
    });

    const res = await call(auditRoute.GET, "GET", "/api/audit-log", {
      token: admin.token,
      query: { entityType: "service", entityId: service.slug },
    });
    expect(res.status).toBe(200);
    const [update, create] = res.json.items!;
    expect(update).toMatchObject({
      action: "service.update",
      actorEmail: manager.email,
      actorId: manager.id,
    });
    expect(update!.before).toMatchObject({ owner: "Before Team", version: 1 });
    expect(update!.after).toMatchObject({ owner: "After Team", version: 2 });
    expect(create).toMatchObject({ action: "service.create", actorEmail: "system", before: null });
    expect(update!.prevHash).not.toBe(update!.hash);
  });

  it("writes nothing to the audit log when the write itself is refused", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const service = await createTestService();
    const before = Number((await sql("SELECT count(*) FROM audit_log")).rows[0]!.count);
    const stale = await call(serviceRoute.PATCH, "PATCH", "", {
      token: manager.token,
      params: { slug: service.slug },
      body: { version: 7, owner: "Nope" },
    });
    expect(stale.status).toBe(409);
    const after = Number((await sql("SELECT count(*) FROM audit_log")).rows[0]!.count);
    expect(after).toBe(before);
  });

  it("is refused UPDATE, DELETE and TRUNCATE by the database itself", async () => {
    await createTestService();
    await expect(sql("UPDATE audit_log SET action = 'forged'")).rejects.toThrow(/append-only/);
    await expect(sql("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    await expect(sql("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
  });

  it("keeps one unbroken chain under concurrent writers, and verification names the first tampered record", async () => {
    await Promise.all(Array.from({ length: 12 }, () => createTestService()));
    const intact = await verifyAuditLog();
    expect(intact.ok).toBe(true);

    // Tamper as a superuser would, with the guard trigger switched off.
    const victim = (await sql("SELECT id FROM audit_log ORDER BY id OFFSET 5 LIMIT 1")).rows[0]!.id!;
    await sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
    await sql("UPDATE audit_log SET after = jsonb_set(after, '{owner}', '\"Mallory\"') WHERE id = $1", [
      victim,
    ]);
    await sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete");

    const broken = await verifyAuditLog();
    expect(broken).toMatchObject({ ok: false, brokenId: BigInt(victim), checked: 5 });
  });
});
