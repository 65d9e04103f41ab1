import { afterEach, describe, expect, it, vi } from "vitest";
import { edgeForwardedFor, normalizeAddress, pickClientAddress } from "@/lib/auth/forwarded-for";

const load = async (vars: Record<string, string>) => {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return (await import("@/lib/auth/client-ip")).clientIp;
};

afterEach(() => vi.unstubAllEnvs());

// What Next sees after the portal's server rewrote the header, then what the app records.
const seenBehind = (sent: string | undefined, socket: string, trust: { trustProxy: boolean; hops: number }) =>
  pickClientAddress(edgeForwardedFor(sent, socket, trust), trust);

describe("normalizeAddress", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:7f00:1", "127.0.0.1"],
    ["::1", "::1"],
    ["[::1]", "::1"],
    ["[2001:DB8:0:0:0:0:0:1]:443", "2001:db8::1"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["fe80::1%eth0", "fe80::1"],
    [" 198.51.100.2 ", "198.51.100.2"],
  ])("spells %s as %s", (raw, canonical) => {
    expect(normalizeAddress(raw)).toBe(canonical);
  });

  it.each(["", "unknown", "6.6.6.6.6", "999.1.1.1", "<script>", "1.2.3.4, 5.6.7.8", "evil.example"])(
    "refuses %j",
    (raw) => {
      expect(normalizeAddress(raw)).toBeUndefined();
    },
  );
});

describe("the client address without a trusted proxy (TRUST_PROXY=false)", () => {
  const direct = { trustProxy: false, hops: 1 };

  it("is the socket's, whatever X-Forwarded-For the client forged", () => {
    expect(seenBehind("6.6.6.6", "::ffff:127.0.0.1", direct)).toBe("127.0.0.1");
    expect(seenBehind("127.0.0.1", "::ffff:198.51.100.9", direct)).toBe("198.51.100.9");
    expect(seenBehind("6.6.6.6, 7.7.7.7, 8.8.8.8", "2001:db8::5", direct)).toBe("2001:db8::5");
    expect(seenBehind("garbage, ,,", "10.1.2.3", direct)).toBe("10.1.2.3");
    expect(seenBehind(undefined, "::1", direct)).toBe("::1");
  });

  it("writes only the socket's address into the header Next sees", () => {
    expect(edgeForwardedFor("6.6.6.6", "::ffff:127.0.0.1", direct)).toBe("127.0.0.1");
    expect(edgeForwardedFor(["1.1.1.1", "2.2.2.2"], undefined, direct)).toBe("unknown");
  });
});

describe("the client address behind trusted proxies (TRUST_PROXY=true)", () => {
  it("behind one load balancer is the entry it appended, not what the client wrote", () => {
    const one = { trustProxy: true, hops: 1 };
    // The client forged "6.6.6.6"; the balancer appended the real client; the socket is the balancer.
    expect(seenBehind("6.6.6.6, 203.0.113.7", "10.0.0.2", one)).toBe("203.0.113.7");
    expect(seenBehind("203.0.113.7", "::ffff:10.0.0.2", one)).toBe("203.0.113.7");
    expect(seenBehind("127.0.0.1, 6.6.6.6, 203.0.113.7", "10.0.0.2", one)).toBe("203.0.113.7");
    expect(seenBehind("[2001:db8::7]:5000", "10.0.0.2", one)).toBe("2001:db8::7");
  });

  it("behind a CDN and a load balancer is the entry the CDN appended", () => {
    const two = { trustProxy: true, hops: 2 };
    expect(seenBehind("6.6.6.6, 203.0.113.7, 192.0.2.10", "10.0.0.2", two)).toBe("203.0.113.7");
  });

  it("appends the socket as one more proxy would", () => {
    expect(edgeForwardedFor("6.6.6.6, 203.0.113.7", "::ffff:10.0.0.2", { trustProxy: true })).toBe(
      "6.6.6.6, 203.0.113.7, 10.0.0.2",
    );
  });

  it("with fewer entries than proxies (a request that skipped them) takes the leftmost", () => {
    expect(seenBehind(undefined, "198.51.100.4", { trustProxy: true, hops: 1 })).toBe("198.51.100.4");
    expect(seenBehind("203.0.113.7", "10.0.0.2", { trustProxy: true, hops: 3 })).toBe("203.0.113.7");
  });
});

describe("clientIp (reads TRUST_PROXY and TRUSTED_PROXY_HOPS)", () => {
  it("behind one load balancer takes the address it appended, not what the client wrote", async () => {
    const clientIp = await load({ TRUST_PROXY: "true" });
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }))).toBe(
      "203.0.113.7",
    );
    expect(clientIp({ "x-forwarded-for": ["6.6.6.6", "203.0.113.7, 10.0.0.2"] })).toBe("203.0.113.7");
  });

  it("behind two proxies takes the third entry from the right", async () => {
    const clientIp = await load({ TRUST_PROXY: "true", TRUSTED_PROXY_HOPS: "2" });
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 192.0.2.10, 10.0.0.2" }))).toBe(
      "203.0.113.7",
    );
  });

  it("without a proxy takes the address the server wrote last", async () => {
    const clientIp = await load({ TRUST_PROXY: "false" });
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  });

  it("ignores X-Real-IP and says unknown when there is nothing to go on", async () => {
    const clientIp = await load({ TRUST_PROXY: "false" });
    expect(clientIp(new Headers({ "x-real-ip": "1.2.3.4" }))).toBe("unknown");
  });
});
