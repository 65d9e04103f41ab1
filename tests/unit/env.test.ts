import { afterEach, describe, expect, it, vi } from "vitest";

const loadEnv = async (vars: Record<string, string | undefined>) => {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return import("@/lib/env");
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("environment", () => {
  it("stops a production start without DATABASE_URL, NEXTAUTH_SECRET and NEXTAUTH_URL, naming each", async () => {
    await expect(
      loadEnv({
        NODE_ENV: "production",
        DATABASE_URL: undefined,
        NEXTAUTH_SECRET: undefined,
        NEXTAUTH_URL: undefined,
        NEXT_PHASE: undefined,
      }),
    ).rejects.toThrow(
      /DATABASE_URL: is required in production[\s\S]*NEXTAUTH_SECRET: is required in production[\s\S]*NEXTAUTH_URL: is required/,
    );
  });

  it("refuses a short secret", async () => {
    await expect(
      loadEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u:p@db/x", NEXTAUTH_SECRET: "short" }),
    ).rejects.toThrow(/NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 32 characters/);
  });

  it("starts in production with both set, and reads typed settings", async () => {
    const { env } = await loadEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db/x",
      NEXTAUTH_SECRET: "x".repeat(32),
      NEXTAUTH_URL: "https://ops.example.com",
      TRUST_PROXY: "true",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: "3",
    });
    expect(env).toMatchObject({
      TRUST_PROXY: true,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 3,
      LOGIN_WINDOW_MINUTES: 15,
    });
  });

  it("lets `next build` load the modules without production secrets", async () => {
    const { env } = await loadEnv({
      NODE_ENV: "production",
      DATABASE_URL: undefined,
      NEXTAUTH_SECRET: undefined,
      NEXT_PHASE: "phase-production-build",
    });
    expect(env.NODE_ENV).toBe("production");
  });
  it("reads NOTIFY_SECRET_KEY only as the base64 of 32 bytes, naming it otherwise", async () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const { env } = await loadEnv({ NODE_ENV: "test", NOTIFY_SECRET_KEY: key });
    expect(env.NOTIFY_SECRET_KEY).toBe(key);
    await expect(loadEnv({ NODE_ENV: "test", NOTIFY_SECRET_KEY: "not-a-key" })).rejects.toThrow(
      /NOTIFY_SECRET_KEY: the base64 of 32 random bytes/,
    );
  });

  it("parses OUTBOUND_ALLOWLIST once, and stops the start naming a bad entry", async () => {
    const { env } = await loadEnv({
      NODE_ENV: "test",
      OUTBOUND_ALLOWLIST: "chat.corp.example, 10.20.0.0/16",
    });
    expect([...env.OUTBOUND_ALLOWLIST.hosts]).toEqual(["chat.corp.example"]);
    expect(env.OUTBOUND_ALLOWLIST.ranges).toHaveLength(1);
    await expect(loadEnv({ NODE_ENV: "test", OUTBOUND_ALLOWLIST: "10.0.0.0/99" })).rejects.toThrow(
      /OUTBOUND_ALLOWLIST: "10.0.0.0\/99" is not a CIDR range/,
    );
  });
});
