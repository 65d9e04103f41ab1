import { describe, expect, it } from "vitest";
import { createServiceInput, updateServiceInput } from "@/lib/services/schemas";

const good = { slug: "case-api", name: "Case API", owner: "Platform team", tier: "CRITICAL" };

describe("createServiceInput", () => {
  it("accepts a good service and defaults the description", () => {
    expect(createServiceInput.parse(good)).toEqual({ ...good, description: "" });
  });

  it("trims and lower-cases the slug", () => {
    expect(createServiceInput.parse({ ...good, slug: " Case-API " }).slug).toBe("case-api");
  });

  it("trims name and owner", () => {
    const parsed = createServiceInput.parse({ ...good, name: "  Case API ", owner: " Platform team  " });
    expect(parsed.name).toBe("Case API");
    expect(parsed.owner).toBe("Platform team");
  });

  it.each([
    ["a space inside", "case api"],
    ["a double hyphen", "case--api"],
    ["a leading hyphen", "-case-api"],
    ["a trailing hyphen", "case-api-"],
    ["an underscore", "case_api"],
    ["one character", "a"],
    ["64 characters", "a".repeat(64)],
  ])("rejects a slug with %s", (_label, slug) => {
    const result = createServiceInput.safeParse({ ...good, slug });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["slug"]);
  });

  it("accepts 2- and 63-character slugs", () => {
    expect(createServiceInput.safeParse({ ...good, slug: "ab" }).success).toBe(true);
    expect(createServiceInput.safeParse({ ...good, slug: "a".repeat(63) }).success).toBe(true);
  });

  it("rejects an unknown tier", () => {
    const result = createServiceInput.safeParse({ ...good, tier: "GOLD" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["tier"]);
  });

  it("requires slug, name, owner and tier", () => {
    const result = createServiceInput.safeParse({});
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "name",
      "owner",
      "slug",
      "tier",
    ]);
  });
});

describe("updateServiceInput", () => {
  it("requires version", () => {
    const result = updateServiceInput.safeParse({ name: "Case API" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["version"]);
  });

  it("accepts a version alone or with some fields", () => {
    expect(updateServiceInput.parse({ version: 3 })).toEqual({ version: 3 });
    expect(updateServiceInput.parse({ version: 3, tier: "STANDARD" })).toEqual({
      version: 3,
      tier: "STANDARD",
    });
  });

  it("rejects a non-positive or fractional version", () => {
    expect(updateServiceInput.safeParse({ version: 0 }).success).toBe(false);
    expect(updateServiceInput.safeParse({ version: 1.5 }).success).toBe(false);
  });

  it("still validates the fields it is given", () => {
    expect(updateServiceInput.safeParse({ version: 1, tier: "GOLD" }).success).toBe(false);
    expect(updateServiceInput.safeParse({ version: 1, name: "x" }).success).toBe(false);
  });
});
