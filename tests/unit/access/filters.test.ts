import { describe, expect, it } from "vitest";
import { expiringDays, toAccessFilters } from "@/app/(portal)/access/_components/access-filter-fields";

describe("the access list's expiry filter (?expiring=N)", () => {
  it("takes a whole number of days from 1 to 90, as the API does", () => {
    expect(expiringDays("7")).toBe(7);
    expect(expiringDays("90")).toBe(90);
    for (const bad of ["", "0", "91", "7.5", "-3", "seven", "007"]) expect(expiringDays(bad)).toBeNull();
  });

  it("becomes the API's expiringWithinDays, next to the other filters; an unreadable value is ignored", () => {
    expect(toAccessFilters({ status: "", type: "ADMIN", q: "", expiring: "7", inForce: "" })).toEqual({
      status: undefined,
      accessType: "ADMIN",
      q: undefined,
      expiringWithinDays: "7",
    });
    expect(
      toAccessFilters({ status: "", type: "", q: "", expiring: "soon", inForce: "" }).expiringWithinDays,
    ).toBeUndefined();
  });

  it("passes ?inForce=true (the ADMIN grants figure's link) on as the API's inForce, and nothing else", () => {
    expect(
      toAccessFilters({ status: "APPROVED", type: "ADMIN", q: "", expiring: "", inForce: "true" }).inForce,
    ).toBe("true");
    expect(
      toAccessFilters({ status: "", type: "", q: "", expiring: "", inForce: "yes" }).inForce,
    ).toBeUndefined();
  });
});
