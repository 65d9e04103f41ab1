// The SSRF guard for every outbound delivery (webhooks, chat webhooks). A receiver URL is checked at
// send time, not only when saved: its host is resolved then, every address it resolves to must be public
// (lib/notify/address-class.ts) unless OUTBOUND_ALLOWLIST names the host or the range, and the connection
// is then pinned to the checked addresses (pinnedLookup), so a DNS answer that changes between the check
// and the connect (rebinding) cannot redirect it. Deliveries never follow redirects: a 3xx is a failed
// attempt (isRedirect), so a public URL cannot bounce a delivery into the internal network either.
import { promises as dns, type LookupAddress, type LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import { type AddressClass, type Embedding, classifyAddress, describeRefusal } from "./address-class";
import {
  EMPTY_ALLOWLIST,
  type OutboundAllowlist,
  isAddressAllowlisted,
  isHostAllowlisted,
  normalizeHost,
} from "./outbound-allowlist";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolve = (host: string) => Promise<ResolvedAddress[]>;

/** Resolves like the operating system does for a connect (hosts file, DNS), every address. */
export const resolveHost: Resolve = async (host) =>
  (await dns.lookup(host, { all: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

export type OutboundRefusalCode = "invalid-url" | "scheme" | "unresolvable" | "refused-address";

export type OutboundCheck =
  | {
      ok: true;
      url: URL;
      /** The host as compared and pinned: lower case, no brackets, no trailing dot. */
      host: string;
      /** The addresses the connection may use (pinnedLookup). */
      addresses: ResolvedAddress[];
      /** Whether the allowlist let any of them through. */
      allowlisted: boolean;
    }
  | {
      ok: false;
      code: OutboundRefusalCode;
      /** A sentence for the delivery log and the form ("… is a loopback address (this machine)"). */
      message: string;
      /** The address that was refused, and why. */
      address?: string;
      addressClass?: AddressClass;
      embedded?: { address: string; via: Embedding };
      isMetadata?: boolean;
    };

/**
 * Checks a delivery URL just before sending: http(s) only; the host resolved now (`resolve`, default
 * the system resolver); refused when ANY address is loopback, private, link-local (metadata service),
 * unspecified, broadcast, multicast, carrier-grade NAT, reserved, or an IPv6 form carrying one of those,
 * unless the allowlist names the host or a range holding the address. Numeric hosts (`2130706433`,
 * `0x7f.1`, `127.1`) are normalized by the URL parser to the address they mean and checked as such.
 */
export async function checkOutboundUrl(
  url: string | URL,
  options: { allowlist?: OutboundAllowlist; resolve?: Resolve } = {},
): Promise<OutboundCheck> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, code: "invalid-url", message: "The URL is not valid" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return {
      ok: false,
      code: "scheme",
      message: `Only http and https URLs are allowed, not ${parsed.protocol}`,
    };
  }
  const allowlist = options.allowlist ?? EMPTY_ALLOWLIST;
  const host = normalizeHost(parsed.hostname);
  const literal = classifyAddress(host);

  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: literal.address, family: literal.address.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.resolve ?? resolveHost)(host);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const why = typeof code === "string" ? ` (${code})` : "";
      return { ok: false, code: "unresolvable", message: `${host} could not be resolved${why}` };
    }
    if (addresses.length === 0) {
      return { ok: false, code: "unresolvable", message: `${host} has no addresses` };
    }
  }

  const hostAllowed = isHostAllowlisted(host, allowlist);
  let allowlisted = false;
  for (const { address } of addresses) {
    const verdict = classifyAddress(address);
    if (!verdict) {
      return {
        ok: false,
        code: "refused-address",
        message: `${host} resolved to "${address}", not an address`,
      };
    }
    if (verdict.isPublic) continue;
    if (hostAllowed || isAddressAllowlisted(verdict.address, allowlist)) {
      allowlisted = true;
      continue;
    }
    const why = describeRefusal(verdict, literal ? undefined : host);
    return {
      ok: false,
      code: "refused-address",
      message: `${why}; deliveries there are refused unless OUTBOUND_ALLOWLIST names it`,
      address: verdict.address,
      addressClass: verdict.addressClass,
      ...(verdict.embedded ? { embedded: verdict.embedded } : {}),
      isMetadata: verdict.isMetadata,
    };
  }
  return { ok: true, url: parsed, host, addresses, allowlisted };
}

const familyOf = (family: LookupOptions["family"]): 0 | 4 | 6 =>
  family === 4 || family === "IPv4" ? 4 : family === 6 || family === "IPv6" ? 6 : 0;

/**
 * A `lookup` for `node:http(s)` (`{ lookup }` on the request or agent) or undici
 * (`new Agent({ connect: { lookup } })`) that answers only the checked host, only with the checked
 * addresses, without asking DNS again: the connection goes where checkOutboundUrl looked. TLS still
 * verifies the certificate against the host name.
 */
export function pinnedLookup(check: { host: string; addresses: readonly ResolvedAddress[] }): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    const family = familyOf(options.family);
    const usable = check.addresses.filter((a) => family === 0 || a.family === family);
    process.nextTick(() => {
      if (normalizeHost(hostname) !== check.host || usable.length === 0) {
        const error: NodeJS.ErrnoException = new Error(`${hostname} is not the checked host ${check.host}`);
        error.code = "ENOTFOUND";
        callback(error, "");
      } else if (options.all) {
        callback(
          null,
          usable.map((a): LookupAddress => ({ address: a.address, family: a.family })),
        );
      } else {
        callback(null, usable[0]!.address, usable[0]!.family);
      }
    });
  };
}

/**
 * Deliveries do not follow redirects: following one would let a checked public URL send the request
 * (and its signed body) somewhere unchecked. A 3xx is recorded as a failed attempt; the owner updates
 * the URL to the final address.
 */
export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}
