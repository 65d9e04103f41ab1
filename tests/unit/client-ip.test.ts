import { afterEach, describe, expect, it, vi } from "vitest";

const load = async (vars: Record<string, string>) => {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return (await import("@/lib/auth/client-ip")).clientIp;
};

afterEach(() => vi.unstubAllEnvs());

describe("clientIp", () => {
  it("behind one load balancer takes the address it appended, not what the client wrote", async () => {
    const clientIp = await load({ TRUST_PROXY: "true" });
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
  });

  it("behind two proxies takes the second entry from the right", async () => {
    const clientIp = await load({ TRUST_PROXY: "true", TRUSTED_PROXY_HOPS: "2" });
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }))).toBe("203.0.113.7");
  });

  it("ignores X-Real-IP and says unknown when there is nothing to go on", async () => {
    const clientIp = await load({ TRUST_PROXY: "false" });
    expect(clientIp(new Headers({ "x-real-ip": "1.2.3.4" }))).toBe("unknown");
  });
});
