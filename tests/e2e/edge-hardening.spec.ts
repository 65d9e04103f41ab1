// The portal's own HTTP server (scripts/serve.ts) before Next sees a request: malformed paths, oversized
// headers and bodies answer problem+json, and the client address for sign-in limits is the socket's,
// whatever X-Forwarded-For a client forges. The forged-address test locks 127.0.0.1 out of sign-in, so it
// runs on an instance of its own (started as the shared e2e server is, with a lower per-client limit).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, request, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth";

const ROOT = path.resolve(import.meta.dirname, "../..");
const OWN_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const OWN_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54349) + 1;
const OWN_URL = `http://localhost:${OWN_PORT}`;
const CLIENT_LIMIT = 5;

async function expectProblem(res: APIResponse, status: number) {
  expect(res.status()).toBe(status);
  expect(res.headers()["content-type"]).toBe("application/problem+json");
  expect(await res.json()).toMatchObject({
    status,
    type: expect.stringContaining("https://neuron-ops.dev/problems/"),
  });
}

test("a path with malformed percent-encoding is a 400 problem+json, not a plain-text 500", async ({
  request,
}) => {
  for (const path of ["/api/incidents/%E0%A4%A", "/api/vendors/%ff%fe"])
    await expectProblem(await request.get(path), 400);
});

test("request headers over the limit are a 431 problem+json, not an empty answer", async ({ request }) => {
  await expectProblem(
    await request.get("/api/health", { headers: { "x-padding": "a".repeat(20_000) } }),
    431,
  );
});

test("a body over the server's ceiling is refused with 413, also on next-auth's routes", async ({
  request,
}) => {
  const res = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: Buffer.alloc(17 * 1024 * 1024, "a"),
  });
  await expectProblem(res, 413);
});

test.describe("sign-in limit per client with forged X-Forwarded-For", () => {
  let server: ChildProcess | undefined;
  let stderr = "";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts/e2e-server.ts")],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          E2E_PORT: String(OWN_PORT),
          E2E_PG_PORT: String(OWN_PG_PORT),
          LOGIN_MAX_FAILURES_PER_CLIENT: String(CLIENT_LIMIT),
        },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    server.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const deadline = Date.now() + 170_000;
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`the instance stopped while starting:\n${stderr}`);
      if ((await fetch(`${OWN_URL}/api/health`).catch(() => null))?.ok) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`the instance did not become healthy:\n${stderr}`);
  });

  test.afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  });

  test("counts every attempt against the socket's address, and records that address", async () => {
    // Signed in first: the lockout below is for the client address, and this runs from the same one.
    const security = await request.newContext({ baseURL: OWN_URL });
    const signIn = async (api: APIRequestContext, email: string, password: string, forwardedFor?: string) => {
      const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const headers = forwardedFor
        ? { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor }
        : undefined;
      return api.post("/api/auth/callback/credentials", {
        headers,
        form: { csrfToken, email, password, json: "true" },
      });
    };
    expect((await signIn(security, "security@neuron.test", DEMO_PASSWORD)).status()).toBe(200);

    const run = `forged-${randomBytes(4).toString("hex")}`;
    const attacker = await request.newContext({ baseURL: OWN_URL });
    // A fresh account and a fresh forged address each time: only the per-client limit can stop it.
    for (let i = 0; i < CLIENT_LIMIT; i++) {
      expect(
        (await signIn(attacker, `${run}-${i}@example.test`, "wrong", `203.0.113.${i + 1}`)).status(),
      ).toBe(401);
    }
    const refused = await signIn(attacker, `${run}-last@example.test`, "wrong", "198.51.100.77");
    await expectProblem(refused, 429);

    const events = await security.get(`/api/security-events?type=LOGIN_ATTEMPT&q=${run}&limit=50`);
    expect(events.status()).toBe(200);
    const { items } = (await events.json()) as {
      items: { summary: string; details: { clientIp?: string } }[];
    };
    expect(items.length).toBeGreaterThanOrEqual(CLIENT_LIMIT + 1);
    expect(new Set(items.map((e) => e.details.clientIp))).toEqual(new Set(["127.0.0.1"]));
    for (const event of items) expect(event.summary).not.toMatch(/203\.0\.113|198\.51\.100/);
    await attacker.dispose();
    await security.dispose();
  });
});
