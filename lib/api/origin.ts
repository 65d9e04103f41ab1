// Cookie-authenticated writes must come from the portal's own pages (CSRF defence in depth on top of
// SameSite=Lax cookies). Token-authenticated calls carry no ambient credentials and are not checked.
import { env } from "@/lib/env";

function ownOrigins(req: Request): Set<string> {
  const origins = new Set<string>();
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (host) {
    const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
    origins.add(`${proto}://${host}`);
  }
  origins.add(new URL(req.url).origin);
  if (env.NEXTAUTH_URL) origins.add(new URL(env.NEXTAUTH_URL).origin);
  for (const extra of env.ALLOWED_ORIGINS.split(",")
    .map((s) => s.trim())
    .filter(Boolean))
    origins.add(extra);
  return origins;
}

export function isAllowedOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  return ownOrigins(req).has(origin);
}
