import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

// What a browser would do with a Location header / router.replace of this value, seen from the portal.
const landsOn = (location: string) => new URL(location, "https://ops.example.com/login");

describe("safeCallbackPath", () => {
  it.each([
    ["/services", "/services"],
    ["/services/auth?tab=history#top", "/services/auth?tab=history#top"],
    ["/incidents?q=db%2Fprimary", "/incidents?q=db%2Fprimary"],
    ["/@evil.example", "/@evil.example"],
    ["/incidents/../changes", "/changes"],
    [undefined, "/"],
    ["", "/"],
  ])("keeps a path on the portal: %s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  // What `?callbackUrl=` carries once Next has decoded the query string once.
  const bypasses = [
    // the reported payload: %2F..%2F%2Fevil.example%2Fphish, decoded once, and raw
    "/..//evil.example/phish",
    "%2F..%2F%2Fevil.example%2Fphish",
    // protocol-relative and backslash forms
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    // encoded slashes and backslashes (double-encoded in the query, so still encoded here)
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%2fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "%5C%5Cevil.example",
    // dot segments that normalise to "//host"
    "/..//evil.example",
    "/.//evil.example",
    "/a/../..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E%2E//evil.example",
    "/.%2e//evil.example",
    // schemes, any case
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "https://evil.example/services",
    "HTTPS://evil.example",
    "HtTp://evil.example",
    "http:evil.example",
    "http:/evil.example",
    "https:evil.example",
    // userinfo
    "https://ops.example.com@evil.example",
    "https://portal@evil.example/services",
    "//portal@evil.example",
    // tabs, newlines and other controls, raw and encoded
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%0d%0a/evil.example",
    "/\u0000/evil.example",
    "/services\nSet-Cookie: x=1",
  ];

  it.each(bypasses)("drops a destination that could leave the portal: %j", (input) => {
    expect(safeCallbackPath(input)).toBe("/");
  });

  it.each(bypasses)("never returns a value a browser resolves to another origin: %j", (input) => {
    const out = safeCallbackPath(input);
    expect(out.startsWith("/") && !out.startsWith("//") && !out.includes("\\")).toBe(true);
    expect(landsOn(out).origin).toBe("https://ops.example.com");
  });

  it("takes the first value when several are given", () => {
    expect(safeCallbackPath(["/audit", "//evil.example"])).toBe("/audit");
    expect(safeCallbackPath(["//evil.example", "/audit"])).toBe("/");
  });

  it("answers the reported request with the home page", () => {
    const query = new URLSearchParams("callbackUrl=%2F..%2F%2Fevil.example%2Fphish");
    expect(safeCallbackPath(query.get("callbackUrl") ?? undefined)).toBe("/");
  });
});
