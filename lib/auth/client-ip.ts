// The caller's address, for sign-in limits and the security record. Behind load balancers
// (TRUST_PROXY=true) it is the X-Forwarded-For entry the nearest trusted proxy appended, counted from
// the right (TRUSTED_PROXY_HOPS), since entries to the left are whatever the client sent. Without a
// proxy, Next.js fills X-Forwarded-For from the socket unless the client sent one, so the value is only
// a hint there: the per-account limit is the one that cannot be sidestepped.
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientIp(headers: HeaderSource): string {
  const hops = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const index = hops.length - (env.TRUST_PROXY ? env.TRUSTED_PROXY_HOPS : 1);
  return (hops[Math.max(0, index)] ?? "unknown").slice(0, 64);
}
