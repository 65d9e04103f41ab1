// The client address, as the portal's own HTTP server (scripts/serve.ts) writes it into X-Forwarded-For
// and as lib/auth/client-ip.ts reads it back. Pure (no env, no Next), so both sides and the unit tests
// share one definition.
import { isIP } from "node:net";

export type ProxyTrust = { trustProxy: boolean; hops: number };

/** The value used when no address can be established; never a valid IP, so it cannot collide with one. */
export const UNKNOWN_ADDRESS = "unknown";

// "::ffff:7f00:1" (how the URL parser spells an IPv4-mapped address) → "127.0.0.1".
function unmapIpv4(ipv6: string): string {
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ipv6);
  if (!mapped) return ipv6;
  const high = parseInt(mapped[1]!, 16);
  const low = parseInt(mapped[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/**
 * One canonical spelling of an address from a socket or a proxy header: IPv4-mapped IPv6 as IPv4,
 * IPv6 compressed and lower case, without brackets, port or zone. `undefined` when it is not an IP
 * address at all (a forged or garbled header entry).
 */
export function normalizeAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%[\w.-]+$/, "");
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return undefined;
  return unmapIpv4(new URL(`http://[${value}]/`).hostname.slice(1, -1));
}

/** X-Forwarded-For split into entries, leftmost (furthest from the portal) first. */
export function forwardedEntries(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The X-Forwarded-For the portal's server hands to Next. Without a trusted proxy, only the socket's
 * address: whatever the client wrote is dropped. Behind trusted proxies, the socket's address is
 * appended as one more proxy would, so the entry each hop added keeps its place counted from the right.
 */
export function edgeForwardedFor(
  incoming: string | string[] | undefined,
  socketAddress: string | undefined,
  trust: Pick<ProxyTrust, "trustProxy">,
): string {
  const socket = normalizeAddress(socketAddress) ?? UNKNOWN_ADDRESS;
  if (!trust.trustProxy) return socket;
  return [...forwardedEntries(incoming), socket].join(", ");
}

/**
 * The client's address from an X-Forwarded-For written by edgeForwardedFor. Without a trusted proxy it
 * is the last entry (the socket). Behind `hops` trusted proxies it is the entry the outermost one
 * appended: the last is the nearest proxy's socket, so `hops` further to the left; entries left of it
 * are whatever the client sent. A shorter list (a request that skipped a proxy) gives its leftmost entry.
 * An entry that is not an IP address (only tests calling handlers directly write those) is kept as
 * written, at most 64 characters.
 */
export function pickClientAddress(forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  const entries = forwardedEntries(forwardedFor);
  const index = trust.trustProxy ? entries.length - 1 - trust.hops : entries.length - 1;
  const entry = entries[Math.max(0, index)];
  return normalizeAddress(entry) ?? entry?.slice(0, 64) ?? UNKNOWN_ADDRESS;
}
