import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AddressClass, classifyAddress, describeRefusal } from "@/lib/notify/address-class";

const refused = (text: string) => {
  const v = classifyAddress(text);
  if (!v || v.isPublic) throw new Error(`${text} was not refused: ${JSON.stringify(v)}`);
  return v;
};

describe("IPv4 address classes", () => {
  it.each<[string, AddressClass]>([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["100.64.0.1", "carrier-grade-nat"],
    ["100.127.255.255", "carrier-grade-nat"],
    ["192.0.0.8", "reserved"],
    ["192.0.2.1", "reserved"],
    ["198.18.0.1", "reserved"],
    ["198.51.100.7", "reserved"],
    ["203.0.113.9", "reserved"],
    ["240.0.0.1", "reserved"],
  ])("%s is %s", (address, addressClass) => {
    expect(refused(address)).toMatchObject({ address, addressClass });
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "223.255.255.254",
  ])("%s is public", (address) => {
    expect(classifyAddress(address)).toEqual({ isPublic: true, address });
  });
});

describe("numeric forms of an IPv4 address", () => {
  it.each([
    ["2130706433", "decimal"],
    ["0177.0.0.1", "octal"],
    ["0x7f.1", "hex, short"],
    ["0x7f000001", "hex"],
    ["017700000001", "octal, one number"],
    ["127.1", "short"],
    ["127.0.1", "three parts"],
  ])("%s (%s) is 127.0.0.1, loopback", (text) => {
    expect(refused(text)).toMatchObject({ address: "127.0.0.1", addressClass: "loopback" });
  });

  it("a decimal form of the metadata address is the metadata address", () => {
    expect(refused("2852039166")).toMatchObject({ address: "169.254.169.254", isMetadata: true });
  });
});

describe("IPv6 address classes", () => {
  it.each<[string, AddressClass]>([
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "private"],
    ["fd12:3456:789a::1", "private"],
    ["fec0::1", "private"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    ["3fff::1", "reserved"],
    ["100::1", "reserved"],
    ["4000::1", "reserved"],
    ["::808:808", "reserved"], // IPv4-compatible, deprecated: refused even for a public IPv4
    ["::8.8.8.8", "reserved"], // the same, dotted (ipaddr.js alone would read it as IPv4-mapped, public)
  ])("%s is %s", (address, addressClass) => {
    expect(refused(address).addressClass).toBe(addressClass);
  });

  it.each(["2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2620:fe::fe"])("%s is public", (address) => {
    expect(classifyAddress(address)?.isPublic).toBe(true);
  });
});

describe("IPv6 addresses that carry an IPv4 address", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1", "ipv4-mapped", "loopback"],
    ["::ffff:7f00:1", "127.0.0.1", "ipv4-mapped", "loopback"],
    ["0:0:0:0:0:ffff:a00:1", "10.0.0.1", "ipv4-mapped", "private"],
    ["::ffff:169.254.169.254", "169.254.169.254", "ipv4-mapped", "link-local"],
    ["::127.0.0.1", "127.0.0.1", "ipv4-compatible", "loopback"],
    ["::ffff:0:192.168.0.1", "192.168.0.1", "ipv4-translated", "private"],
    ["64:ff9b::127.0.0.1", "127.0.0.1", "nat64", "loopback"],
    ["64:ff9b::a9fe:a9fe", "169.254.169.254", "nat64", "link-local"],
    ["2002:7f00:1::", "127.0.0.1", "6to4", "loopback"],
    ["2002:c0a8:101::1", "192.168.1.1", "6to4", "private"],
    // Teredo: server 127.0.0.1 in plain; client 127.0.0.1 inverted (80ff:fffe).
    ["2001:0:7f00:1:0:0:3fff:fdd2", "127.0.0.1", "teredo", "loopback"],
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "127.0.0.1", "teredo", "loopback"],
  ])("%s carries %s (%s), %s", (text, inner, via, addressClass) => {
    expect(refused(text)).toMatchObject({ addressClass, embedded: { address: inner, via } });
  });

  it("carrying a public IPv4 address is public (mapped, NAT64, 6to4, Teredo)", () => {
    for (const text of [
      "::ffff:8.8.8.8",
      "64:ff9b::8.8.8.8",
      "2002:808:808::1",
      "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
    ]) {
      expect(classifyAddress(text)?.isPublic, text).toBe(true);
    }
  });

  it("the local-use NAT64 prefix (RFC 8215) is refused as private", () => {
    expect(refused("64:ff9b:1::a00:1").addressClass).toBe("private");
  });
});

describe("the cloud metadata service", () => {
  it.each(["169.254.169.254", "fd00:ec2::254", "169.254.170.2", "100.100.100.200", "::ffff:169.254.169.254"])(
    "%s is flagged as metadata",
    (text) => {
      expect(refused(text).isMetadata).toBe(true);
    },
  );

  it("the message names it", () => {
    expect(describeRefusal(refused("169.254.169.254"))).toBe(
      "169.254.169.254 is the cloud metadata service (a link-local address)",
    );
    expect(describeRefusal(refused("::ffff:127.0.0.1"))).toBe(
      "::ffff:7f00:1 carries 127.0.0.1 (IPv4-mapped), a loopback address (this machine)",
    );
  });
});

it("host names are not addresses", () => {
  for (const text of ["example.com", "localhost", "127.0.0.1.nip.io", "08.0.0.1", "256.0.0.1", ""]) {
    expect(classifyAddress(text), text).toBeNull();
  }
});

describe("properties", () => {
  const byte = fc.integer({ min: 0, max: 255 });
  const hextet = fc.integer({ min: 0, max: 0xffff });
  const v4 = (a: number, b: number, c: number, d: number) => `${a}.${b}.${c}.${d}`;
  const hex = (hi: number, lo: number) => ((hi << 8) | lo).toString(16);

  // First octets that hold no special range at all (0, 10, 100, 127, 169, 172, 192, 198, 203 and 224+ do).
  const publicFirst = fc
    .integer({ min: 1, max: 223 })
    .filter((a) => ![10, 100, 127, 169, 172, 192, 198, 203].includes(a));
  const publicV4 = fc.tuple(publicFirst, byte, byte, byte).map((o) => v4(...o));
  // Global unicast 2400::/6 … 2fff::, clear of 2001::/16, 2002::/16 and the documentation prefixes.
  const publicV6 = fc
    .tuple(fc.integer({ min: 0x2400, max: 0x2fff }), fc.array(hextet, { minLength: 7, maxLength: 7 }))
    .map(([first, rest]) => [first, ...rest].map((h) => h.toString(16)).join(":"));

  const privateV4 = fc.oneof(
    fc.tuple(byte, byte, byte).map(([b, c, d]) => v4(10, b, c, d)),
    fc.tuple(fc.integer({ min: 16, max: 31 }), byte, byte).map(([b, c, d]) => v4(172, b, c, d)),
    fc.tuple(byte, byte).map(([c, d]) => v4(192, 168, c, d)),
    fc.tuple(byte, byte, byte).map(([b, c, d]) => v4(127, b, c, d)),
    fc.tuple(byte, byte).map(([c, d]) => v4(169, 254, c, d)),
    fc.tuple(fc.integer({ min: 64, max: 127 }), byte, byte).map(([b, c, d]) => v4(100, b, c, d)),
    fc.tuple(fc.integer({ min: 224, max: 255 }), byte, byte, byte).map((o) => v4(...o)),
  );
  const privateV6 = fc.oneof(
    fc
      .tuple(fc.integer({ min: 0xfc00, max: 0xfdff }), hextet)
      .map(([a, b]) => `${a.toString(16)}:${b.toString(16)}::1`),
    fc
      .tuple(fc.integer({ min: 0xfe80, max: 0xfebf }), hextet)
      .map(([a, b]) => `${a.toString(16)}:${b.toString(16)}::1`),
    fc
      .tuple(fc.integer({ min: 0xff00, max: 0xffff }), hextet)
      .map(([a, b]) => `${a.toString(16)}::${b.toString(16)}`),
    privateV4.map((a) => `::ffff:${a}`),
    privateV4.map((a) => `64:ff9b::${a}`),
    privateV4.map((a) => {
      const [w, x, y, z] = a.split(".").map(Number) as [number, number, number, number];
      return `2002:${hex(w, x)}:${hex(y, z)}::1`;
    }),
  );

  it("random public addresses pass", () => {
    fc.assert(
      fc.property(fc.oneof(publicV4, publicV6), (a) => classifyAddress(a)?.isPublic === true),
      { numRuns: 2000 },
    );
  });

  it("random private, loopback, link-local, CGNAT and multicast addresses (and IPv6 forms carrying them) fail", () => {
    fc.assert(
      fc.property(fc.oneof(privateV4, privateV6), (a) => classifyAddress(a)?.isPublic === false),
      { numRuns: 2000 },
    );
  });
});
