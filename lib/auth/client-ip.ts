// The caller's address, for sign-in limits and the security record. X-Forwarded-For only behind a
// trusted load balancer (TRUST_PROXY=true), since anyone can send that header.
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(headers: HeaderSource): string {
  if (env.TRUST_PROXY) {
    const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return header(headers, "x-real-ip") ?? header(headers, "x-client-ip") ?? "local";
}
