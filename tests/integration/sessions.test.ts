// Sessions that really end (issue 13, OWASP ASVS V3.3): sign-in creates a server-side session row, and
// sign-out, "sign out everywhere" and an admin's change end it, so a captured cookie stops reading,
// writing and renewing at once. Sign-in, renewal and sign-out run through next-auth's own handler.
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions, OutgoingResponse } from "next-auth";
import { decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import * as adminUserRoute from "@/app/api/admin/users/[id]/route";
import * as incidentsRoute from "@/app/api/incidents/route";
import * as meRoute from "@/app/api/me/route";
import * as mySessionsRoute from "@/app/api/me/sessions/route";
import { authOptions } from "@/lib/auth/options";
import { listLiveSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { BASE_URL, call } from "../helpers/api";
import { SESSION_COOKIE, sessionCookieValue, signedInSession } from "../helpers/session";
import { createTestUser, TEST_PASSWORD, unique } from "../factories";

type Cookie = { name: string; value: string };
// next-auth's framework-neutral handler, which its App Router route wraps (reading the request through
// next/headers, which needs Next's request scope). Not in the package's exports map, so required by path.
const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve(import.meta.dirname, "../../node_modules/next-auth/core/index.js"),
) as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<OutgoingResponse>;
};
const CSRF_COOKIE = "next-auth.csrf-token";

// One request to next-auth (/api/auth/<action>) with the given cookies; returns its cookies and body.
async function auth(
  method: "GET" | "POST",
  action: string,
  cookies: Cookie[],
  body?: Record<string, string>,
) {
  const headers = new Headers({
    host: new URL(BASE_URL).host,
    "user-agent": "sessions-test",
    "x-forwarded-for": "198.51.100.20",
  });
  if (cookies.length) headers.set("cookie", cookies.map((c) => `${c.name}=${c.value}`).join("; "));
  if (body) headers.set("content-type", "application/json");
  const req = new Request(`${BASE_URL}/api/auth/${action}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  const res = await AuthHandler({ req, options: authOptions });
  return {
    status: res.status ?? 200,
    cookies: (res.cookies ?? []) as Cookie[],
    body: res.body as Record<string, unknown> | undefined,
  };
}

async function csrf(): Promise<{ token: string; cookie: Cookie }> {
  const res = await auth("GET", "csrf", []);
  const cookie = res.cookies.find((c) => c.name === CSRF_COOKIE)!;
  return { token: String(res.body?.csrfToken), cookie };
}

// Signs in through the credentials callback, as the sign-in form does; returns the session cookie.
async function signIn(email: string): Promise<Cookie> {
  const { token, cookie } = await csrf();
  const res = await auth("POST", "callback/credentials", [cookie], {
    csrfToken: token,
    email,
    password: TEST_PASSWORD,
    json: "true",
  });
  const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!session?.value) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}

async function signOut(session: Cookie) {
  const { token, cookie } = await csrf();
  return auth("POST", "signout", [session, cookie], { csrfToken: token, json: "true" });
}

const browser = (session: Cookie | string) => ({
  headers: {
    cookie: `${SESSION_COOKIE}=${typeof session === "string" ? session : session.value}`,
    origin: BASE_URL,
  },
});
const me = (session: Cookie | string) => call(meRoute.GET, "GET", "/api/me", browser(session));
const report = (session: Cookie | string) =>
  call(incidentsRoute.POST, "POST", "/api/incidents", {
    ...browser(session),
    body: { title: `After sign-out ${unique("inc")}`, description: "x", severity: "P4" },
  });
const sidOf = async (session: Cookie) => (await decode({ token: session.value, secret: authSecret }))?.sid;

describe("sign-in", () => {
  it("creates a session row, with the client, and a cookie that carries its id", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const session = await signIn(user.email);
    const sid = await sidOf(session);
    const row = await db.userSession.findUniqueOrThrow({ where: { id: String(sid) } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null, userAgent: "sessions-test" });
    expect((await me(session)).json).toMatchObject({ id: user.id, email: user.email });
    expect((await auth("GET", "session", [session])).body).toMatchObject({ userId: user.id });
  });

  it("lists the person's live sessions for the settings page, without ended ones", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const kept = await signIn(user.email);
    const ended = await signIn(user.email);
    await signOut(ended);
    const sessions = await listLiveSessions(user.id);
    expect(sessions.map((s) => s.id)).toEqual([await sidOf(kept)]);
    expect(sessions[0]).toMatchObject({ userAgent: "sessions-test" });
  });

  it("drops the person's sessions that are past the 12 h limit", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const old = await db.userSession.create({
      data: { userId: user.id, createdAt: new Date(Date.now() - 13 * 3_600_000) },
    });
    await signIn(user.email);
    expect(await db.userSession.findUnique({ where: { id: old.id } })).toBeNull();
  });
});

describe("sign-out", () => {
  it("ends the session: the captured cookie no longer reads, creates or renews", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const session = await signIn(user.email);
    const other = await signIn(user.email); // the same person in another browser
    expect((await me(session)).status).toBe(200);
    expect((await report(session)).status).toBe(201);

    const out = await signOut(session);
    expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe("");

    expect((await me(session)).status).toBe(401);
    expect((await report(session)).status).toBe(401);
    const renewal = await auth("GET", "session", [session]);
    expect(renewal.body).not.toHaveProperty("userId");
    expect(renewal.body).not.toHaveProperty("user");
    // What comes back in place of the cookie carries nobody.
    const renewed = renewal.cookies.find((c) => c.name === SESSION_COOKIE)!;
    const claims = await decode({ token: renewed.value, secret: authSecret });
    expect(claims).not.toHaveProperty("sub");
    expect(claims).not.toHaveProperty("sid");
    expect((await me(renewed)).status).toBe(401);
    // Only that browser signed out.
    expect((await me(other)).status).toBe(200);

    const sid = String(await sidOf(session));
    expect(await db.userSession.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({
      revokedReason: "signed out",
    });
    const audit = await db.auditLog.findMany({ where: { action: "session.end", entityId: sid } });
    expect(audit.map((a) => a.actorEmail)).toEqual([user.email]);
  });

  it("refuses a cookie issued before server-side sessions (no sid), and one for a missing session", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const legacy = await sessionCookieValue({ sub: user.id, loginAt: Date.now() });
    expect((await me(legacy)).status).toBe(401);
    expect((await auth("GET", "session", [{ name: SESSION_COOKIE, value: legacy }])).body).not.toHaveProperty(
      "userId",
    );
    const unknown = await sessionCookieValue({
      sub: user.id,
      sid: "00000000-0000-4000-8000-000000000000",
      loginAt: Date.now(),
    });
    expect((await me(unknown)).status).toBe(401);
  });

  it("refuses a cookie whose session belongs to someone else", async () => {
    const victim = await createTestUser(["ADMIN"]);
    const attacker = await createTestUser(["ENGINEER"]);
    const { sid } = await signedInSession(attacker.id);
    expect((await me(await sessionCookieValue({ sub: victim.id, sid, loginAt: Date.now() }))).status).toBe(
      401,
    );
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the caller, this one included; tokens and other people are untouched", async () => {
    const user = await createTestUser(["SECURITY"]);
    const bystander = await createTestUser(["SECURITY"]);
    const first = await signIn(user.email);
    const second = await signIn(user.email);
    const theirs = await signIn(bystander.email);

    const res = await call(mySessionsRoute.DELETE, "DELETE", "/api/me/sessions", browser(first));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ended: 2 });

    for (const session of [first, second]) {
      expect((await me(session)).status).toBe(401);
      expect((await auth("GET", "session", [session])).body).not.toHaveProperty("userId");
    }
    expect((await me(theirs)).status).toBe(200);
    expect((await call(meRoute.GET, "GET", "/api/me", { token: user.token })).status).toBe(200);

    const audit = await db.auditLog.findMany({ where: { action: "session.end_all", entityId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorEmail: user.email, after: { sessionsEnded: 2 } });
    const events = await db.securityEvent.findMany({ where: { type: "SYSTEM_CHANGE", userId: user.id } });
    expect(events.map((e) => e.summary)).toContain(`${user.email} signed out everywhere (2 sessions ended)`);
  });

  it("is refused cross-origin for a cookie (CSRF) and without credentials", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const session = await signIn(user.email);
    const forged = await call(mySessionsRoute.DELETE, "DELETE", "/api/me/sessions", {
      headers: { cookie: `${SESSION_COOKIE}=${session.value}`, origin: "https://evil.example" },
    });
    expect(forged.status).toBe(403);
    expect((await me(session)).status).toBe(200);
    expect((await call(mySessionsRoute.DELETE, "DELETE", "/api/me/sessions")).status).toBe(401);
  });
});

describe("an admin's change", () => {
  const patch = (admin: { token: string }, id: string, body: Record<string, unknown>) =>
    call(adminUserRoute.PATCH, "PATCH", `/api/admin/users/${id}`, {
      token: admin.token,
      params: { id },
      body,
    });
  const version = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).version;

  it("disabling a person ends their sessions at once, audited with the update; their tokens stop too", async () => {
    const admin = await createTestUser(["ADMIN"]);
    const user = await createTestUser(["ENGINEER"]);
    const session = await signIn(user.email);
    expect((await patch(admin, user.id, { version: await version(user.id), isActive: false })).status).toBe(
      200,
    );
    expect((await me(session)).status).toBe(401);
    expect((await call(meRoute.GET, "GET", "/api/me", { token: user.token })).status).toBe(401);
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const [audit] = await db.auditLog.findMany({ where: { action: "user.update", entityId: user.id } });
    expect(audit?.after).toMatchObject({ isActive: false, sessionsEnded: 1 });

    // Reactivated, the old cookie stays ended: they sign in again.
    expect((await patch(admin, user.id, { version: await version(user.id), isActive: true })).status).toBe(
      200,
    );
    expect((await me(session)).status).toBe(401);
    expect((await me(await signIn(user.email))).status).toBe(200);
  });

  it("changing roles ends the sessions; personal API tokens keep working with the new roles", async () => {
    const admin = await createTestUser(["ADMIN"]);
    const user = await createTestUser(["ENGINEER"]);
    const session = await signIn(user.email);
    expect(
      (await patch(admin, user.id, { version: await version(user.id), roles: ["ENGINEER", "OPS_MANAGER"] }))
        .status,
    ).toBe(200);
    expect((await me(session)).status).toBe(401);
    const viaToken = await call(meRoute.GET, "GET", "/api/me", { token: user.token });
    expect(viaToken.status).toBe(200);
    expect(viaToken.json.roles).toEqual(["ENGINEER", "OPS_MANAGER"]);
    const fresh = await signIn(user.email);
    expect((await me(fresh)).json.roles).toEqual(["ENGINEER", "OPS_MANAGER"]);
  });

  it("an update that changes neither roles nor the active flag leaves sessions alone", async () => {
    const admin = await createTestUser(["ADMIN"]);
    const user = await createTestUser(["ENGINEER"]);
    const session = await signIn(user.email);
    expect(
      (await patch(admin, user.id, { version: await version(user.id), roles: ["ENGINEER"], isActive: true }))
        .status,
    ).toBe(200);
    expect((await me(session)).status).toBe(200);
  });
});

describe("idle and absolute limits on the row", () => {
  it("refuses a session row idle for more than 31 minutes or older than 12 h, whatever the cookie says", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const idle = await signedInSession(user.id);
    await db.userSession.update({
      where: { id: idle.sid },
      data: { lastSeenAt: new Date(Date.now() - 32 * 60_000) },
    });
    expect((await me(idle.jwt)).status).toBe(401);
    const old = await signedInSession(user.id);
    await db.userSession.update({
      where: { id: old.sid },
      data: { createdAt: new Date(Date.now() - 12 * 3_600_000 - 60_000) },
    });
    expect((await me(old.jwt)).status).toBe(401);
  });

  it("writes last_seen_at at most once a minute", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const { sid, jwt } = await signedInSession(user.id);
    const seen = async () =>
      (await db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime();
    const first = await seen();
    for (let i = 0; i < 3; i++) expect((await me(jwt)).status).toBe(200);
    expect(await seen()).toBe(first);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.userSession.update({ where: { id: sid }, data: { lastSeenAt: twoMinutesAgo } });
    expect((await me(jwt)).status).toBe(200);
    expect(await seen()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });
});
