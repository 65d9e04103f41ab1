// The policy list's URL filters: by name or service slug, and by what a policy applies to.
import { describe, expect, it } from "vitest";
import { filterPolicies } from "@/app/(portal)/escalation-policies/_components/policy-filter-fields";

const policies = [
  { name: "Payments out of hours", scope: { serviceSlug: "payments-api" } },
  { name: "Critical services (default)", scope: { tier: "CRITICAL" } },
  { name: "Standard services (default)", scope: { tier: "STANDARD" } },
];
const names = (q: string, scope: string) => filterPolicies(policies, { q, scope }).map((p) => p.name);

describe("filterPolicies", () => {
  it("matches the name or the service's slug, whatever the case", () => {
    expect(names("PAYMENTS", "")).toEqual(["Payments out of hours"]);
    expect(names("payments-api", "")).toEqual(["Payments out of hours"]);
    expect(names("default", "")).toEqual(["Critical services (default)", "Standard services (default)"]);
  });

  it("keeps one kind of scope, and nothing for a kind it does not know", () => {
    expect(names("", "service")).toEqual(["Payments out of hours"]);
    expect(names("", "tier")).toHaveLength(2);
    expect(names("", "team")).toEqual([]);
  });
});
