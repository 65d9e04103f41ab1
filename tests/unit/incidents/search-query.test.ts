import { describe, expect, it } from "vitest";
import { prefixTsQuery } from "@/lib/incidents/search-query";

describe("prefixTsQuery", () => {
  it("makes every word a prefix match, all required", () => {
    expect(prefixTsQuery("PDF prev")).toBe("pdf:* & prev:*");
    expect(prefixTsQuery("  Sign-in failing ")).toBe("sign:* & in:* & failing:*");
    expect(prefixTsQuery("INC-2026-0042")).toBe("inc:* & 2026:* & 0042:*");
  });

  it("keeps tsquery operators out", () => {
    expect(prefixTsQuery("a & b | !c <-> (d)")).toBe("a:* & b:* & c:* & d:*");
    expect(prefixTsQuery("&|!():*'")).toBeNull();
  });

  it("keeps accented letters", () => {
    expect(prefixTsQuery("Müller café")).toBe("müller:* & café:*");
  });
});
