import { describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as tokenRoute from "@/app/api/tokens/[id]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as servicesRoute from "@/app/api/services/route";
import { authOptions } from "@/lib/auth/options";
import { checkSignInAllowed, listRecentSignInAttempts } from "@/lib/auth/sign-in-attempts";
import { db } from "@/lib/db";
import { call } from "../helpers/api";
import { createTestUser, TEST_PASSWORD, unique } from "../factories";

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options
  .authorize;
const fromIp = (ip: string) => ({ headers: { "x-forwarded-for": ip } });

describe("sign-in", () => {
  it("accepts the right password, refuses a wrong one, and records every attempt", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const ip = unique("ip");
    expect(await authorize({ email: user.email, password: TEST_PASSWORD }, fromIp(ip))).toMatchObject({
      id: user.id,
    });
    expect(await authorize({ email: user.email, password: "wrong" }, fromIp(ip))).toBeNull();
    expect(await authorize({ email: "nobody@example.test", password: "x" }, fromIp(ip))).toBeNull();
    const attempts = (await listRecentSignInAttempts(500)).filter((a) => a.clientIp === ip);
    expect(attempts.map((a) => [a.email, a.success, a.reason])).toEqual([
      ["nobody@example.test", false, "UNKNOWN_ACCOUNT"],
      [user.email, false, "BAD_PASSWORD"],
      [user.email, true, "OK"],
    ]);
  });

  it("limits failures per account: the 6th try is refused even with the right password", async () => {
    const user = await createTestUser(["ENGINEER"]);
    for (let i = 0; i < 5; i++)
      expect(await authorize({ email: user.email, password: "wrong" }, fromIp(unique("ip")))).toBeNull();
    const decision = await checkSignInAllowed(user.email, unique("ip"));
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await authorize({ email: user.email, password: TEST_PASSWORD }, fromIp(unique("ip")))).toBeNull();
  });

  it("holds the account limit under parallel guesses: at most 5 passwords are checked", async () => {
    const user = await createTestUser(["ENGINEER"]);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        authorize({ email: user.email, password: `guess-${i}` }, fromIp(unique("ip"))),
      ),
    );
    const attempts = (await listRecentSignInAttempts(500)).filter((a) => a.email === user.email);
    expect(attempts.filter((a) => a.reason === "BAD_PASSWORD")).toHaveLength(5);
    expect(attempts.filter((a) => a.reason === "RATE_LIMITED")).toHaveLength(7);
  });

  it("records a sign-in with malformed input", async () => {
    const ip = unique("ip");
    expect(await authorize({ email: "not-an-email", password: "x" }, fromIp(ip))).toBeNull();
    const attempts = (await listRecentSignInAttempts(500)).filter((a) => a.clientIp === ip);
    expect(attempts.map((a) => [a.email, a.reason])).toEqual([["not-an-email", "INVALID_INPUT"]]);
  });

  it("limits failures per client across accounts", async () => {
    const ip = unique("ip");
    for (let i = 0; i < 20; i++)
      await authorize({ email: `${unique("u")}@example.test`, password: "x" }, fromIp(ip));
    expect((await checkSignInAllowed(`${unique("fresh")}@example.test`, ip)).allowed).toBe(false);
    expect((await checkSignInAllowed(`${unique("fresh")}@example.test`, unique("other-ip"))).allowed).toBe(
      true,
    );
  });

  it("refuses a disabled account", async () => {
    const user = await createTestUser(["ENGINEER"]);
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await authorize({ email: user.email, password: TEST_PASSWORD }, fromIp(unique("ip")))).toBeNull();
    expect((await call(meRoute.GET, "GET", "/api/me", { token: user.token })).status).toBe(401);
  });
});

describe("personal API tokens", () => {
  it("are shown once, listed without secrets, act with the owner's roles, and stop working when revoked", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const created = await call(tokensRoute.POST, "POST", "/api/tokens", {
      token: manager.token,
      body: { name: "pipeline" },
    });
    expect(created.status).toBe(201);
    const secret = String(created.json.token);
    expect(secret).toMatch(/^nops_/);

    const me = await call(meRoute.GET, "GET", "/api/me", { token: secret });
    expect(me.json).toMatchObject({ id: manager.id, email: manager.email, roles: ["OPS_MANAGER"] });
    expect(me.json.permissions).toContain("service:write");

    const list = await call(tokensRoute.GET, "GET", "/api/tokens", { token: secret });
    expect(list.text).not.toContain(secret);
    expect(list.json.items!.find((t) => t.id === created.json.id)).toMatchObject({
      name: "pipeline",
      revokedAt: null,
    });

    const revoked = await call(tokenRoute.DELETE, "DELETE", "", {
      token: manager.token,
      params: { id: String(created.json.id) },
    });
    expect(revoked.status).toBe(204);
    expect((await call(meRoute.GET, "GET", "/api/me", { token: secret })).status).toBe(401);
    expect((await call(servicesRoute.GET, "GET", "/api/services", { token: secret })).status).toBe(401);
  });

  it("cannot revoke someone else's token (404) and expired tokens are refused", async () => {
    const owner = await createTestUser(["ENGINEER"]);
    const other = await createTestUser(["ADMIN"]);
    expect(
      (await call(tokenRoute.DELETE, "DELETE", "", { token: other.token, params: { id: owner.tokenId } }))
        .status,
    ).toBe(404);
    expect((await call(meRoute.GET, "GET", "/api/me", { token: owner.token })).status).toBe(200);

    await db.apiToken.update({
      where: { id: owner.tokenId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await call(meRoute.GET, "GET", "/api/me", { token: owner.token })).status).toBe(401);
  });

  it("refuses an expiry in the past with 422", async () => {
    const user = await createTestUser(["ENGINEER"]);
    const res = await call(tokensRoute.POST, "POST", "/api/tokens", {
      token: user.token,
      body: { name: "x", expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([{ path: "expiresAt", message: "The expiry must be in the future" }]);
  });

  it("answers a malformed Authorization header with 401", async () => {
    expect(
      (await call(meRoute.GET, "GET", "/api/me", { headers: { authorization: "Basic abc" } })).status,
    ).toBe(401);
    expect(
      (
        await call(meRoute.GET, "GET", "/api/me", {
          headers: { authorization: "Bearer nops_not-a-real-token" },
        })
      ).status,
    ).toBe(401);
  });
});
