// Where to go after sign-in: only a path on this portal. "/\evil.com" or "/%09/evil.com" resolve to
// another host and are replaced by "/".
export function safeCallbackPath(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return "/";
  try {
    const url = new URL(raw, "http://portal.invalid");
    return url.origin === "http://portal.invalid" ? url.pathname + url.search + url.hash : "/";
  } catch {
    return "/";
  }
}
