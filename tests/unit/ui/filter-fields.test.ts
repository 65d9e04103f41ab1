// The filter builders behind the list pages: every menu is named "Filter by …", starts with its unfiltered
// option, and its chip reads as before; asserted on the fields the access, change and security lists use.
import { describe, expect, it } from "vitest";
import { ACCESS_FILTER_FIELDS } from "@/app/(portal)/access/_components/access-filter-fields";
import { CHANGE_FILTER_FIELDS } from "@/app/(portal)/changes/_components/change-filter-fields";
import { SECURITY_FILTER_FIELDS } from "@/app/(portal)/security/_components/security-filter-fields";
import { capitalized, menuFilter, optionsOf, periodFilter } from "@/components/ui/filter-fields";
import { filterChips, type FilterField, type UrlFilters } from "@/components/ui/url-filters";

const field = <N extends string>(fields: readonly FilterField<N>[], name: N) => {
  const f = fields.find((x) => x.kind !== "link" && x.name === name);
  if (!f || (f.kind !== "select" && f.kind !== "segmented")) throw new Error(`no menu ${name}`);
  return f;
};
const chips = <N extends string>(fields: readonly FilterField<N>[], set: Partial<UrlFilters<N>>) => {
  const none = Object.fromEntries(
    fields.flatMap((f) => (f.kind === "link" ? f.names : [f.name])).map((n) => [n, ""]),
  ) as UrlFilters<N>;
  return filterChips(fields, { ...none, ...set }).map((c) => c.label);
};

describe("menuFilter", () => {
  it("names the menu by its noun, puts 'Any …' first and prefixes the chip with the noun", () => {
    const f = menuFilter("tier", "tier", optionsOf(["GOLD", "SILVER"] as const, capitalized));
    expect(f).toMatchObject({ kind: "select", name: "tier", label: "Filter by tier", chipName: "Tier" });
    expect(f.kind === "select" && f.options).toEqual([
      { value: "", label: "Any tier" },
      { value: "GOLD", label: "Gold" },
      { value: "SILVER", label: "Silver" },
    ]);
  });

  it("takes another name, unfiltered label and view kind, or no chip prefix", () => {
    const f = menuFilter("view", "view", [{ value: "DONE", label: "Done" }], {
      kind: "segmented",
      label: "Show action items",
      any: "Not done",
      chipName: false,
    });
    expect(f).toMatchObject({ kind: "segmented", label: "Show action items", chipName: undefined });
    expect(chips([f], { view: "DONE" })).toEqual(["Done"]);
  });

  it("labels options from a label table", () => {
    expect(optionsOf(["A", "B"] as const, { A: "Alpha", B: "Beta" })).toEqual([
      { value: "A", label: "Alpha" },
      { value: "B", label: "Beta" },
    ]);
  });
});

describe("periodFilter", () => {
  it("shows the period a link brought as one chip that clears both bounds", () => {
    const f = periodFilter("from", "to", "Recorded");
    expect(chips([f], { from: "2026-10-01T00:00:00.000Z", to: "2026-11-01T00:00:00.000Z" })).toEqual([
      "Recorded 2026-10-01 – 2026-10-31 (UTC)",
    ]);
    expect(f.kind === "link" && [f.names, f.testId, f.removeLabel]).toEqual([
      ["from", "to"],
      "period-filter",
      "Remove the period filter",
    ]);
  });
});

describe("the lists' filter fields", () => {
  it("change list: status, category, environment and risk menus read as before", () => {
    expect(field(CHANGE_FILTER_FIELDS, "status").options.slice(0, 2)).toEqual([
      { value: "", label: "Any status" },
      { value: "open", label: "Open" },
    ]);
    expect(field(CHANGE_FILTER_FIELDS, "risk").options[1]).toEqual({ value: "LOW", label: "Low risk" });
    expect(
      chips(CHANGE_FILTER_FIELDS, { category: "EMERGENCY", risk: "HIGH", environment: "PRODUCTION" }),
    ).toEqual(["Category: Emergency", "Environment: Production", "High risk"]);
    expect(chips(CHANGE_FILTER_FIELDS, { finishedFrom: "2026-10-01T00:00:00.000Z" })).toEqual([
      "Finished since 2026-10-01 (UTC)",
    ]);
  });

  it("security queue: the triage flags have no chip prefix, severities run from critical down", () => {
    expect(field(SECURITY_FILTER_FIELDS, "investigated").options).toEqual([
      { value: "", label: "Investigated?" },
      { value: "false", label: "Not investigated" },
      { value: "true", label: "Investigated" },
    ]);
    expect(field(SECURITY_FILTER_FIELDS, "severity").options.map((o) => o.label)).toEqual([
      "Any severity",
      "Critical or high",
      "Critical",
      "High",
      "Medium",
      "Low",
    ]);
    expect(field(SECURITY_FILTER_FIELDS, "rule")).toMatchObject({
      label: "Filter by detection rule",
      chipName: "Rule",
    });
    expect(chips(SECURITY_FILTER_FIELDS, { investigated: "false", resolved: "true", type: "" })).toEqual([
      "Not investigated",
      "Resolved",
    ]);
  });

  it("access list: the type menu is 'Filter by access type' with a 'Type' chip", () => {
    expect(field(ACCESS_FILTER_FIELDS, "type")).toMatchObject({
      label: "Filter by access type",
      chipName: "Type",
    });
    expect(chips(ACCESS_FILTER_FIELDS, { status: "PENDING,APPROVED", type: "ADMIN" })).toEqual([
      "Status: Pending or active",
      "Type: ADMIN",
    ]);
  });
});
