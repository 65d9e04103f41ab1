import http from "node:http";
import type { AddressInfo } from "node:net";
import { Agent, request as undiciRequest } from "undici";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type OutboundAllowlist, parseOutboundAllowlist } from "@/lib/notify/outbound-allowlist";
import { type ResolvedAddress, checkOutboundUrl, isRedirect, pinnedLookup } from "@/lib/notify/outbound-url";

const resolving =
  (...addresses: string[]) =>
  // eslint-disable-next-line @typescript-eslint/require-await
  async (): Promise<ResolvedAddress[]> =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

const allow = (text: string): OutboundAllowlist => {
  const parsed = parseOutboundAllowlist(text);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.allowlist;
};

describe("what the URL parser does to numeric hosts (WHATWG URL)", () => {
  it.each([
    ["http://2130706433/", "127.0.0.1"],
    ["http://0177.0.0.1/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://0x7f000001:8080/x", "127.0.0.1"],
    ["http://0/", "0.0.0.0"],
    ["http://[::ffff:127.0.0.1]/", "[::ffff:7f00:1]"],
    ["http://[::127.0.0.1]/", "[::7f00:1]"],
    ["http://LOCALHOST./", "localhost."],
  ])("%s has host %s", (url, host) => {
    expect(new URL(url).hostname).toBe(host);
  });

  it.each([
    ["http://2130706433/", "127.0.0.1", "loopback"],
    ["http://0177.0.0.1/", "127.0.0.1", "loopback"],
    ["http://0x7f.1/", "127.0.0.1", "loopback"],
    ["http://127.1/", "127.0.0.1", "loopback"],
    ["http://0/", "0.0.0.0", "unspecified"],
    ["http://2852039166/latest/meta-data/", "169.254.169.254", "link-local"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1", "loopback"],
    ["http://[::127.0.0.1]/", "::7f00:1", "loopback"],
    ["http://[64:ff9b::7f00:1]/", "64:ff9b::7f00:1", "loopback"],
    ["http://[fd00:ec2::254]/", "fd00:ec2::254", "private"],
  ])("%s is refused without asking DNS: %s, %s", async (url, address, addressClass) => {
    const resolve = vi.fn(resolving("8.8.8.8"));
    const check = await checkOutboundUrl(url, { resolve });
    expect(check).toMatchObject({ ok: false, code: "refused-address", address, addressClass });
    expect(resolve).not.toHaveBeenCalled();
  });
});

describe("checkOutboundUrl", () => {
  it("passes a public host and returns the addresses to pin", async () => {
    const check = await checkOutboundUrl("https://Hooks.Example.com./in?x=1", {
      resolve: resolving("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
    });
    expect(check).toMatchObject({ ok: true, host: "hooks.example.com", allowlisted: false });
    expect(check.ok && check.addresses).toHaveLength(2);
  });

  it("refuses when ANY resolved address is internal, and says which and why", async () => {
    const check = await checkOutboundUrl("https://rebind.example/", {
      resolve: resolving("93.184.215.14", "169.254.169.254"),
    });
    expect(check).toEqual({
      ok: false,
      code: "refused-address",
      address: "169.254.169.254",
      addressClass: "link-local",
      isMetadata: true,
      message:
        "rebind.example resolves to 169.254.169.254, which is the cloud metadata service (a link-local address); deliveries there are refused unless OUTBOUND_ALLOWLIST names it",
    });
  });

  it("refuses localhost through the resolver's answer", async () => {
    const check = await checkOutboundUrl("http://localhost:3000/", {
      resolve: resolving("::1", "127.0.0.1"),
    });
    expect(check).toMatchObject({ ok: false, address: "::1", addressClass: "loopback" });
    expect(!check.ok && check.message).toMatch(/^localhost resolves to ::1, which is a loopback address/);
    const mapped = await checkOutboundUrl("http://m.example/", { resolve: resolving("::ffff:10.0.0.1") });
    expect(!mapped.ok && mapped.message).toMatch(
      /^m\.example resolves to ::ffff:a00:1, which carries 10\.0\.0\.1 \(IPv4-mapped\), a private/,
    );
  });

  it("refuses other schemes and broken URLs", async () => {
    for (const url of ["ftp://example.com/", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)"]) {
      expect(await checkOutboundUrl(url, { resolve: resolving("8.8.8.8") })).toMatchObject({
        ok: false,
        code: "scheme",
      });
    }
    expect(await checkOutboundUrl("not a url")).toMatchObject({ ok: false, code: "invalid-url" });
    expect(await checkOutboundUrl("http://256.0.0.1/")).toMatchObject({ ok: false, code: "invalid-url" });
  });

  it("reports a name that does not resolve", async () => {
    const resolve = () => Promise.reject(Object.assign(new Error("nope"), { code: "ENOTFOUND" }));
    expect(await checkOutboundUrl("https://nowhere.invalid/", { resolve })).toEqual({
      ok: false,
      code: "unresolvable",
      message: "nowhere.invalid could not be resolved (ENOTFOUND)",
    });
    expect(await checkOutboundUrl("https://empty.example/", { resolve: resolving() })).toMatchObject({
      code: "unresolvable",
    });
  });
});

describe("the allowlist", () => {
  it("a named host may resolve to internal addresses", async () => {
    const check = await checkOutboundUrl("https://chat.corp.example/hooks/1", {
      allowlist: allow("chat.corp.example"),
      resolve: resolving("10.1.2.3"),
    });
    expect(check).toMatchObject({ ok: true, allowlisted: true });
  });

  it("a .domain entry allows its subdomains, not the domain or look-alikes", async () => {
    const allowlist = allow(".corp.example");
    const at = (url: string) => checkOutboundUrl(url, { allowlist, resolve: resolving("10.1.2.3") });
    expect((await at("https://chat.corp.example/")).ok).toBe(true);
    expect((await at("https://a.b.corp.example/")).ok).toBe(true);
    expect((await at("https://corp.example/")).ok).toBe(false);
    expect((await at("https://evilcorp.example/")).ok).toBe(false);
  });

  it("a CIDR range or address allows those addresses for any host, and only those", async () => {
    const allowlist = allow("10.20.0.0/16, 127.0.0.1 ::1");
    const at = (url: string, ...addresses: string[]) =>
      checkOutboundUrl(url, { allowlist, resolve: resolving(...addresses) });
    expect(await at("http://svc.internal/", "10.20.3.4")).toMatchObject({ ok: true, allowlisted: true });
    expect(await at("http://svc.internal/", "10.21.3.4")).toMatchObject({ ok: false, address: "10.21.3.4" });
    expect(await at("http://svc.internal/", "::ffff:10.20.0.9")).toMatchObject({ ok: true });
    expect(await at("http://127.0.0.1:9000/hook")).toMatchObject({ ok: true, allowlisted: true });
    expect(await at("http://2130706433:9000/hook")).toMatchObject({ ok: true });
    expect(await at("http://[::1]:9000/hook")).toMatchObject({ ok: true });
    expect(await at("http://127.0.0.2:9000/hook")).toMatchObject({ ok: false, addressClass: "loopback" });
    expect(await at("http://svc.internal/", "10.20.3.4", "192.168.0.1")).toMatchObject({
      ok: false,
      address: "192.168.0.1",
    });
  });

  it("parses the env var strictly, naming each bad entry", () => {
    expect(parseOutboundAllowlist(undefined)).toMatchObject({ ok: true });
    expect(parseOutboundAllowlist("")).toMatchObject({ ok: true });
    expect(parseOutboundAllowlist("a.example,*.b.example , 10.0.0.0/8\nfd00::/8 [::1]")).toMatchObject({
      ok: true,
    });
    expect(parseOutboundAllowlist("http://a.example, 10.0.0.0/33, 127.1, under_score.ok")).toEqual({
      ok: false,
      errors: [
        '"http://a.example" is not a CIDR range',
        '"10.0.0.0/33" is not a CIDR range',
        '"127.1" is neither a host name, a .domain, an IP address nor a CIDR range',
      ],
    });
  });
});

describe("redirects", () => {
  it("a 3xx is a redirect, which deliveries do not follow", () => {
    expect([300, 301, 302, 303, 307, 308, 399].every(isRedirect)).toBe(true);
    expect([200, 204, 299, 400, 404, 500].some(isRedirect)).toBe(false);
  });
});

describe("pinnedLookup: the connection goes to the checked address", () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => res.end(`hello ${req.headers.host ?? ""}`));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const checkPinned = async () => {
    let calls = 0;
    const resolve = () => {
      calls += 1;
      // A rebinding resolver: 127.0.0.1 at check time, something else afterwards.
      return Promise.resolve<ResolvedAddress[]>([
        { address: calls === 1 ? "127.0.0.1" : "10.9.9.9", family: 4 },
      ]);
    };
    const check = await checkOutboundUrl(`http://receiver.test:${port}/hook`, {
      allowlist: allow("receiver.test"),
      resolve,
    });
    if (!check.ok) throw new Error(check.message);
    return { check, calls: () => calls };
  };

  it("node:http reaches the checked address, with the original Host header, without a second resolution", async () => {
    const { check, calls } = await checkPinned();
    const text = await new Promise<string>((resolve, reject) => {
      http
        .get(check.url, { lookup: pinnedLookup(check) }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve(body));
        })
        .on("error", reject);
    });
    expect(text).toBe(`hello receiver.test:${port}`);
    expect(calls()).toBe(1);
  });

  it("undici reaches it through connect.lookup", async () => {
    const { check } = await checkPinned();
    const dispatcher = new Agent({ connect: { lookup: pinnedLookup(check) } });
    try {
      const res = await undiciRequest(check.url, { dispatcher });
      expect(await res.body.text()).toBe(`hello receiver.test:${port}`);
    } finally {
      await dispatcher.close();
    }
  });

  it("answers no other host, and honours the family asked for", async () => {
    const lookup = pinnedLookup({
      host: "receiver.test",
      addresses: [
        { address: "127.0.0.1", family: 4 },
        { address: "::1", family: 6 },
      ],
    });
    const ask = (host: string, options: Parameters<typeof lookup>[1]) =>
      new Promise<unknown[]>((resolve) => lookup(host, options, (...args) => resolve(args)));
    const [err] = await ask("other.test", {});
    expect(err).toMatchObject({ code: "ENOTFOUND" });
    expect(await ask("RECEIVER.test.", { family: 6 })).toEqual([null, "::1", 6]);
    expect(await ask("receiver.test", { all: true })).toEqual([
      null,
      [
        { address: "127.0.0.1", family: 4 },
        { address: "::1", family: 6 },
      ],
    ]);
  });
});
