// Where to go after sign-in: only a path on this portal, never anything a browser or `redirect()` could
// read as another origin. The URL parser normalises dot segments ("/..//evil" and "/%2e%2e//evil" become
// "//evil", a protocol-relative URL), so the result is checked again after normalising, and resolved
// against a second base: a same-origin path resolves to that base's origin too. When in doubt: "/".
const BASE = "http://portal.invalid";
const OTHER_BASE = "https://other.invalid";
// C0 controls and DEL: browsers strip tab, CR and LF from URLs ("/\t/evil" is "//evil").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

function looksForeign(path: string): boolean {
  return !path.startsWith("/") || path.startsWith("//") || path.includes("\\") || CONTROL.test(path);
}

function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The same-origin path (with query and fragment) to send a user to after sign-in, or "/". */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || looksForeign(raw)) return "/";
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE || url.username || url.password) return "/";
    const path = url.pathname + url.search + url.hash;
    // A decoding proxy or router must not be able to turn "/%2F%2Fevil" or "/%5Cevil" into another host.
    const decodedPath = decoded(url.pathname);
    if (looksForeign(path) || decodedPath === null || looksForeign(decodedPath)) return "/";
    const again = new URL(path, OTHER_BASE);
    if (again.origin !== OTHER_BASE || again.pathname + again.search + again.hash !== path) return "/";
    return path;
  } catch {
    return "/";
  }
}
