// The outbound allowlist (pure): host names and address ranges a deployment trusts as delivery targets
// although they are internal (a chat server on the office network, a local receiver in tests). Read
// once from OUTBOUND_ALLOWLIST by lib/env.ts, e.g. "chat.corp.example, .hooks.internal, 10.20.0.0/16, ::1".
import ipaddr from "ipaddr.js";

export type OutboundAllowlist = {
  /** Exact host names, lower case, without a trailing dot. */
  hosts: ReadonlySet<string>;
  /** Domains whose subdomains are allowed (entry ".corp.example" or "*.corp.example"; not the domain itself). */
  suffixes: readonly string[];
  ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
};

export const EMPTY_ALLOWLIST: OutboundAllowlist = { hosts: new Set(), suffixes: [], ranges: [] };

const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** Lower case, no trailing dot, no IPv6 brackets: the form hosts are compared in. */
export function normalizeHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h;
}

/**
 * Parses the allowlist: entries separated by commas or white space, each a host name, `.domain` /
 * `*.domain` (its subdomains), an IP address or a CIDR range. Every entry is checked, so a typo stops
 * the start with a message naming it rather than silently allowing nothing.
 */
export function parseOutboundAllowlist(
  text: string | undefined,
): { ok: true; allowlist: OutboundAllowlist } | { ok: false; errors: string[] } {
  const hosts = new Set<string>();
  const suffixes: string[] = [];
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  const errors: string[] = [];
  for (const raw of (text ?? "").split(/[\s,]+/).filter(Boolean)) {
    const entry = normalizeHost(raw);
    if (entry.includes("/")) {
      if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
      else errors.push(`"${raw}" is not a CIDR range`);
    } else if (ipaddr.isValid(entry) && (entry.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(entry))) {
      const address = ipaddr.parse(entry);
      ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (/^(\*\.|\.)/.test(entry) && HOST_NAME.test(entry.replace(/^\*?\./, ""))) {
      suffixes.push(entry.replace(/^\*/, ""));
    } else if (HOST_NAME.test(entry) && !/^[\d.]+$/.test(entry)) {
      hosts.add(entry);
    } else {
      errors.push(`"${raw}" is neither a host name, a .domain, an IP address nor a CIDR range`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, allowlist: { hosts, suffixes, ranges } };
}

/** Whether the URL's host name itself is allowlisted (then every address it resolves to is accepted). */
export function isHostAllowlisted(host: string, allowlist: OutboundAllowlist): boolean {
  const h = normalizeHost(host);
  return allowlist.hosts.has(h) || allowlist.suffixes.some((s) => h.endsWith(s) && h.length > s.length);
}

/** Whether an address lies in an allowlisted range (an IPv4-mapped IPv6 address also by its IPv4 form). */
export function isAddressAllowlisted(address: string, allowlist: OutboundAllowlist): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  const forms: (ipaddr.IPv4 | ipaddr.IPv6)[] = [parsed];
  if (parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()) {
    forms.push(parsed.toIPv4Address());
  }
  return allowlist.ranges.some(([net, bits]) =>
    forms.some((a) => a.kind() === net.kind() && a.match(net, bits)),
  );
}
