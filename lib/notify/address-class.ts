// Which IP addresses an outbound delivery may connect to (pure). Only globally routable unicast passes:
// everything a receiver URL could use to reach the portal's own network (loopback, private, link-local
// and the cloud metadata service, …) is refused, also when an IPv6 address embeds such an IPv4 address
// (mapped, compatible, translated, NAT64, 6to4, Teredo): the kernel or a translator would deliver it there.
import ipaddr from "ipaddr.js";

export const ADDRESS_CLASSES = [
  "loopback",
  "private",
  "link-local",
  "unspecified",
  "broadcast",
  "multicast",
  "carrier-grade-nat",
  "reserved",
] as const;
export type AddressClass = (typeof ADDRESS_CLASSES)[number];

/** How an IPv6 address carries an IPv4 one. */
export type Embedding = "ipv4-mapped" | "ipv4-compatible" | "ipv4-translated" | "nat64" | "6to4" | "teredo";

export type AddressVerdict =
  | { isPublic: true; address: string }
  | {
      isPublic: false;
      /** The address as parsed (canonical text). */
      address: string;
      addressClass: AddressClass;
      /** The IPv4 address inside an IPv6 one, and how it is carried, when that is what refused it. */
      embedded?: { address: string; via: Embedding };
      /** A cloud provider's instance metadata service (credentials live there). */
      isMetadata: boolean;
    };

export const ADDRESS_CLASS_LABELS: Record<AddressClass, string> = {
  loopback: "a loopback address (this machine)",
  private: "a private network address (RFC 1918 or IPv6 unique-local)",
  "link-local": "a link-local address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  "carrier-grade-nat": "a carrier-grade NAT address (100.64.0.0/10)",
  reserved: "a reserved or non-routable address",
};

const EMBEDDING_LABELS: Record<Embedding, string> = {
  "ipv4-mapped": "IPv4-mapped",
  "ipv4-compatible": "IPv4-compatible",
  "ipv4-translated": "IPv4-translated",
  nat64: "NAT64",
  "6to4": "6to4",
  teredo: "Teredo",
};

// AWS/GCP/Azure/OpenStack, AWS ECS task metadata, AWS over IPv6, Alibaba Cloud.
const METADATA = new Set(["169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200"]);

// ipaddr.js range names → our classes. Ranges it knows that are globally routable pass; a range name
// this table does not know (a newer ipaddr.js) is refused as reserved rather than let through.
const PUBLIC_RANGES = new Set(["unicast", "as112", "amt", "as112v6"]);
const RANGE_CLASS: Record<string, AddressClass> = {
  unspecified: "unspecified",
  broadcast: "broadcast",
  multicast: "multicast",
  linkLocal: "link-local",
  loopback: "loopback",
  carrierGradeNat: "carrier-grade-nat",
  private: "private",
  uniqueLocal: "private",
  deprecatedSiteLocal: "private",
};

type Refusal = { addressClass: AddressClass; embedded?: { address: string; via: Embedding } };

function classifyV4(v4: ipaddr.IPv4): Refusal | null {
  const range = v4.range();
  if (PUBLIC_RANGES.has(range)) return null;
  return { addressClass: RANGE_CLASS[range] ?? "reserved" };
}

const v4From = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);

function embeddedRefusal(v4: ipaddr.IPv4, via: Embedding): Refusal | null {
  const inner = classifyV4(v4);
  return inner ? { addressClass: inner.addressClass, embedded: { address: v4.toString(), via } } : null;
}

function classifyV6(v6: ipaddr.IPv6): Refusal | null {
  const p = v6.parts as [number, number, number, number, number, number, number, number];
  const zerosTo = (n: number) => p.slice(0, n).every((x) => x === 0);
  if (zerosTo(8)) return { addressClass: "unspecified" };
  if (zerosTo(7) && p[7] === 1) return { addressClass: "loopback" };
  const last = v4From(p[6], p[7]);
  if (zerosTo(5) && p[5] === 0xffff) return embeddedRefusal(last, "ipv4-mapped");
  // ::a.b.c.d (RFC 4291, deprecated): nothing legitimate uses it, so it never passes.
  if (zerosTo(6)) return embeddedRefusal(last, "ipv4-compatible") ?? { addressClass: "reserved" };
  if (zerosTo(4) && p[4] === 0xffff && p[5] === 0) return embeddedRefusal(last, "ipv4-translated");
  if (p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((x) => x === 0)) {
    return embeddedRefusal(last, "nat64");
  }
  if (p[0] === 0x64 && p[1] === 0xff9b && p[2] === 1) return { addressClass: "private" }; // RFC 8215 local-use NAT64
  if (p[0] === 0x2002) return embeddedRefusal(v4From(p[1], p[2]), "6to4");
  if (p[0] === 0x2001 && p[1] === 0) {
    // Teredo: the server's IPv4 in plain, the client's inverted.
    return (
      embeddedRefusal(v4From(p[2], p[3]), "teredo") ??
      embeddedRefusal(v4From(p[6] ^ 0xffff, p[7] ^ 0xffff), "teredo")
    );
  }
  const range = v6.range();
  if (PUBLIC_RANGES.has(range)) {
    // Only 2000::/3 is allocated for global unicast; the rest of the space is not routable.
    return (p[0] & 0xe000) === 0x2000 ? null : { addressClass: "reserved" };
  }
  return { addressClass: RANGE_CLASS[range] ?? "reserved" };
}

/**
 * Classifies an IP address written in any form `inet_aton`/ipaddr.js accept — dotted, decimal
 * (`2130706433`), octal (`0177.0.0.1`), hex (`0x7f.1`), short (`127.1`), IPv6 with or without a zone —
 * or null when `text` is not an IP address (a host name).
 */
export function classifyAddress(text: string): AddressVerdict | null {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const parsed = bare.includes(":")
    ? parseV6(bare)
    : ipaddr.IPv4.isValid(bare)
      ? ipaddr.IPv4.parse(bare)
      : null;
  if (!parsed) return null;
  const address = parsed.toString();
  const refusal = parsed instanceof ipaddr.IPv4 ? classifyV4(parsed) : classifyV6(parsed);
  if (!refusal) return { isPublic: true, address };
  const isMetadata =
    METADATA.has(address) || (refusal.embedded ? METADATA.has(refusal.embedded.address) : false);
  return { isPublic: false, address, ...refusal, isMetadata };
}

// ipaddr.js reads "::1.2.3.4" as "::ffff:1.2.3.4"; the WHATWG URL parser keeps IPv4-compatible and
// IPv4-mapped apart (and is what made the URL's host), so IPv6 text goes through it first. The zone
// ("%eth0") does not change the class and is dropped.
function parseV6(text: string): ipaddr.IPv6 | null {
  const noZone = text.replace(/%[^%]*$/, "");
  try {
    const host = new URL(`http://[${noZone}]/`).hostname;
    return ipaddr.IPv6.parse(host.slice(1, -1));
  } catch {
    return null;
  }
}

/**
 * "169.254.169.254 is the cloud metadata service (a link-local address)"; given the host name it came
 * from, "hooks.example resolves to 10.0.0.5, which is a private network address (…)". For the delivery
 * log and the form.
 */
export function describeRefusal(
  verdict: Extract<AddressVerdict, { isPublic: false }>,
  host?: string,
): string {
  const what = ADDRESS_CLASS_LABELS[verdict.addressClass];
  const kind = verdict.isMetadata ? `the cloud metadata service (${what})` : what;
  const subject = host ? `${host} resolves to ${verdict.address}, which` : verdict.address;
  if (!verdict.embedded) return `${subject} is ${kind}`;
  const { address, via } = verdict.embedded;
  return `${subject} carries ${address} (${EMBEDDING_LABELS[via]}), ${kind}`;
}
