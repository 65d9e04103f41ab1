// The caller's address, for sign-in limits and the security record. The portal's own HTTP server
// (scripts/serve.ts) rewrites X-Forwarded-For before Next sees a request: without a trusted proxy
// (TRUST_PROXY=false) it holds only the socket's address, whatever the client sent; behind load
// balancers it appends the socket's address, and the client is the entry the outermost trusted proxy
// appended, TRUSTED_PROXY_HOPS from the right of it (lib/auth/forwarded-for.ts).
import { pickClientAddress } from "@/lib/auth/forwarded-for";
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | string[] | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  return headers[name];
}

export function clientIp(headers: HeaderSource): string {
  return pickClientAddress(header(headers, "x-forwarded-for"), {
    trustProxy: env.TRUST_PROXY,
    hops: env.TRUSTED_PROXY_HOPS,
  });
}
