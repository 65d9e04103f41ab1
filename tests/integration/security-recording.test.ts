import { describe, expect, it } from "vitest";
import * as adminUserRoute from "@/app/api/admin/users/[id]/route";
import * as auditRoute from "@/app/api/audit-log/route";
import * as tokenRoute from "@/app/api/tokens/[id]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { RULES } from "@/lib/security/detection-rules";
import { call } from "../helpers/api";
import { createTestUser, TEST_PASSWORD, unique } from "../factories";

type Json = Record<string, unknown>;
type User = Awaited<ReturnType<typeof createTestUser>>;
type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options
  .authorize;
const signIn = (email: string, password: string, ip = unique("ip")) =>
  authorize({ email, password }, { headers: { "x-forwarded-for": ip } });

const anomalies = (rule: string, subject: string) =>
  db.securityEvent.findMany({ where: { type: "ANOMALY", rule, ruleSubject: subject } });
const loginEvents = (email: string) =>
  db.securityEvent.findMany({ where: { type: "LOGIN_ATTEMPT", userEmail: email }, orderBy: { at: "asc" } });
const systemChanges = (user: User) =>
  db.securityEvent.findMany({ where: { type: "SYSTEM_CHANGE", userId: user.id }, orderBy: { at: "asc" } });
const patchUser = (admin: User, id: string, body: Json) =>
  call(adminUserRoute.PATCH, "PATCH", `/api/admin/users/${id}`, { token: admin.token, params: { id }, body });
const userVersion = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).version;

describe("sign-ins", () => {
  it("records every attempt, and 5 failures for one account raise one anomaly; a 6th raises no second", async () => {
    const user = await createTestUser(["ENGINEER"]);
    for (let i = 0; i < 4; i++) expect(await signIn(user.email, "wrong")).toBeNull();
    expect(await anomalies(RULES.failedSignInsAccount, user.email)).toEqual([]);

    expect(await signIn(user.email, "wrong")).toBeNull();
    const raised = await anomalies(RULES.failedSignInsAccount, user.email);
    expect(raised).toEqual([
      expect.objectContaining({
        severity: "HIGH",
        userId: user.id,
        userEmail: user.email,
        summary: `5 failed sign-ins for ${user.email} within 15 minutes`,
      }),
    ]);

    // The 6th is refused by the sign-in limit, recorded, and does not raise a second anomaly.
    expect(await signIn(user.email, TEST_PASSWORD)).toBeNull();
    expect(await anomalies(RULES.failedSignInsAccount, user.email)).toHaveLength(1);
    const events = await loginEvents(user.email);
    expect(events.map((e) => [(e.details as Json).reason, e.severity])).toEqual([
      ...Array.from({ length: 5 }, () => ["BAD_PASSWORD", "MEDIUM"]),
      ["RATE_LIMITED", "HIGH"],
    ]);
  });

  it("raises nothing for 4 failures, and records each", async () => {
    const user = await createTestUser(["ENGINEER"]);
    for (let i = 0; i < 4; i++) await signIn(user.email, "wrong");
    expect(await loginEvents(user.email)).toHaveLength(4);
    expect(await db.securityEvent.count({ where: { type: "ANOMALY", userEmail: user.email } })).toBe(0);
  });

  it("raises one anomaly for 5 failures at once", async () => {
    const user = await createTestUser(["ENGINEER"]);
    await Promise.all(Array.from({ length: 5 }, () => signIn(user.email, "wrong")));
    expect(await anomalies(RULES.failedSignInsAccount, user.email)).toHaveLength(1);
  });

  it("flags a sign-in after 3 failures, not after 2", async () => {
    const flagged = await createTestUser(["ENGINEER"]);
    for (let i = 0; i < 3; i++) await signIn(flagged.email, "wrong");
    expect(await signIn(flagged.email, TEST_PASSWORD)).toMatchObject({ id: flagged.id });
    expect(await anomalies(RULES.signInAfterFailures, flagged.email)).toEqual([
      expect.objectContaining({ severity: "HIGH", userId: flagged.id }),
    ]);
    expect((await loginEvents(flagged.email)).map((e) => (e.details as Json).reason)).toEqual([
      "BAD_PASSWORD",
      "BAD_PASSWORD",
      "BAD_PASSWORD",
      "OK",
    ]);

    const fine = await createTestUser(["ENGINEER"]);
    for (let i = 0; i < 2; i++) await signIn(fine.email, "wrong");
    expect(await signIn(fine.email, TEST_PASSWORD)).toMatchObject({ id: fine.id });
    expect(await anomalies(RULES.signInAfterFailures, fine.email)).toEqual([]);
  });

  it("flags one client failing 10 times across accounts, once, not at 9", async () => {
    const ip = unique("ip");
    for (let i = 0; i < 9; i++) await signIn(`${unique("spray")}@example.test`, "Winter2026!", ip);
    expect(await anomalies(RULES.failedSignInsClient, ip)).toEqual([]);
    await signIn(`${unique("spray")}@example.test`, "Winter2026!", ip);
    await signIn(`${unique("spray")}@example.test`, "Winter2026!", ip);
    expect(await anomalies(RULES.failedSignInsClient, ip)).toEqual([
      expect.objectContaining({ severity: "HIGH", userId: null }),
    ]);
  });
});

describe("token and role changes", () => {
  it("records creating and revoking an API token as SYSTEM_CHANGE events", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const before = (await systemChanges(user)).length;
    const created = await call(tokensRoute.POST, "POST", "/api/tokens", {
      token: user.token,
      body: { name: "ci" },
    });
    expect(created.status).toBe(201);
    const tokenId = String(created.json.id);
    expect(
      (await call(tokenRoute.DELETE, "DELETE", "", { token: user.token, params: { id: tokenId } })).status,
    ).toBe(204);
    const events = (await systemChanges(user)).slice(before);
    expect(events.map((e) => [e.severity, e.recordedById, (e.details as Json).tokenId])).toEqual([
      ["LOW", user.id, tokenId],
      ["LOW", user.id, tokenId],
    ]);
    expect(events[0]!.summary).toContain(`API token "ci"`);
    expect(events[1]!.summary).toContain("revoked");
  });

  it("records role changes: granting ADMIN is HIGH, other changes MEDIUM, no change nothing", async () => {
    const admin = await createTestUser(["ADMIN"]);
    const user = await createTestUser(["ENGINEER"]);
    const security = await patchUser(admin, user.id, {
      version: await userVersion(user.id),
      roles: ["ENGINEER", "SECURITY"],
    });
    expect(security.status).toBe(200);
    expect(security.json).toMatchObject({ roles: ["ENGINEER", "SECURITY"], isActive: true });
    const promoted = await patchUser(admin, user.id, {
      version: Number(security.json.version),
      roles: ["ADMIN"],
    });
    expect(promoted.status).toBe(200);
    const same = await patchUser(admin, user.id, {
      version: Number(promoted.json.version),
      roles: ["ADMIN"],
    });
    expect(same.status).toBe(200);
    const stale = await patchUser(admin, user.id, {
      version: Number(promoted.json.version),
      isActive: false,
    });
    expect(stale.status).toBe(409);

    const changes = (await systemChanges(user)).filter((e) => e.summary.startsWith(admin.email));
    expect(changes.map((e) => [e.severity, e.summary])).toEqual([
      ["MEDIUM", `${admin.email} granted SECURITY for ${user.email}`],
      ["HIGH", `${admin.email} granted ADMIN; removed ENGINEER, SECURITY for ${user.email}`],
    ]);
    expect(changes.every((e) => e.recordedById === admin.id)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.update", entityId: user.id } })).toBe(3);
  });

  it("refuses demoting or deactivating the last active admin (422)", async () => {
    const admin = await createTestUser(["ADMIN"]);
    // Make this the only active admin (other tests' admins are done with).
    await db.user.updateMany({
      where: { id: { not: admin.id }, roles: { has: "ADMIN" } },
      data: { isActive: false },
    });
    const demote = await patchUser(admin, admin.id, {
      version: await userVersion(admin.id),
      roles: ["ENGINEER"],
    });
    expect(demote.status).toBe(422);
    expect(demote.json.detail).toBe("This is the last active admin; make someone else an admin first");
    expect(
      (await patchUser(admin, admin.id, { version: await userVersion(admin.id), isActive: false })).status,
    ).toBe(422);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).roles).toEqual(["ADMIN"]);

    // With a second admin, one of two demoting each other at once is refused.
    const second = await createTestUser(["ADMIN"]);
    // Both versions are read first, so both requests really start together.
    const [secondVersion, adminVersion] = [await userVersion(second.id), await userVersion(admin.id)];
    const [a, b] = await Promise.all([
      patchUser(admin, second.id, { version: secondVersion, roles: ["ENGINEER"] }),
      patchUser(second, admin.id, { version: adminVersion, roles: ["ENGINEER"] }),
    ]);
    // The loser is refused: 422 (it would remove the last admin) or, if the winner committed before the
    // loser's request was authenticated, 403 (the loser is no longer an admin).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 422]).toContain(statuses[1]);
    expect(await db.user.count({ where: { isActive: true, roles: { has: "ADMIN" } } })).toBe(1);
  });
});

describe("audit-log views", () => {
  it("records viewing the first page as DATA_ACCESS, not paging on, and a CSV export as one view", async () => {
    const security = await createTestUser(["SECURITY"]);
    const views = () =>
      db.securityEvent.findMany({
        where: { type: "DATA_ACCESS", userId: security.id },
        orderBy: { at: "asc" },
      });
    const first = await call(auditRoute.GET, "GET", "/api/audit-log", {
      token: security.token,
      query: { limit: "1", action: "token.create" },
    });
    expect(first.status).toBe(200);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    expect((await views()).map((e) => [e.severity, e.summary, e.details])).toEqual([
      [
        "LOW",
        `${security.email} viewed the audit log`,
        { resource: "audit_log", via: "api", filters: { action: "token.create" } },
      ],
    ]);

    const next = await call(auditRoute.GET, "GET", "/api/audit-log", {
      token: security.token,
      query: { limit: "1", action: "token.create", cursor: String(first.json.nextCursor) },
    });
    expect(next.status).toBe(200);
    expect(await views()).toHaveLength(1);

    const csv = await call(auditRoute.GET, "GET", "/api/audit-log", {
      token: security.token,
      query: { format: "csv", action: "token.create" },
    });
    expect(csv.status).toBe(200);
    expect((await views()).map((e) => e.summary)).toEqual([
      `${security.email} viewed the audit log`,
      `${security.email} viewed the audit log (CSV export)`,
    ]);
  });

  it("records nothing for a refused view", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    expect((await call(auditRoute.GET, "GET", "/api/audit-log", { token: engineer.token })).status).toBe(403);
    expect(await db.securityEvent.count({ where: { type: "DATA_ACCESS", userId: engineer.id } })).toBe(0);
  });
});
