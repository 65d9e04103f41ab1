// The filter bar's URL mapping: a link reproduces the filters, a change writes only what changed, and
// every active filter (a link-borne one too) has a chip that clears exactly its parameters.
import { describe, expect, it } from "vitest";
import {
  clearedFilters,
  fieldNames,
  filterChips,
  hasActiveFilters,
  readUrlFilters,
  writeUrlFilters,
  type FilterField,
} from "@/components/ui/url-filters";

type Name = "q" | "criticality" | "attention" | "service" | "from" | "to";
const FIELDS: FilterField<Name>[] = [
  { kind: "search", name: "q", label: "Search", placeholder: "Search" },
  {
    kind: "select",
    name: "criticality",
    label: "Filter by criticality",
    chipName: "Criticality",
    options: [
      { value: "", label: "Any criticality" },
      { value: "HIGH", label: "High" },
    ],
  },
  { kind: "toggle", name: "attention", label: "Needs attention" },
  { kind: "text", name: "service", label: "Service", chipName: "Service", placeholder: "slug" },
  {
    kind: "link",
    names: ["from", "to"],
    chip: (f) => (f.from || f.to ? `Reported ${f.from}–${f.to}` : null),
    removeLabel: "Remove the period filter",
    testId: "period-filter",
  },
];
const NAMES = fieldNames(FIELDS);

describe("URL ↔ filters", () => {
  it("lists every bound parameter, a link-borne filter's too", () => {
    expect(NAMES).toEqual(["q", "criticality", "attention", "service", "from", "to"]);
  });

  it("reads a shared link's filters, trimmed, with missing ones empty", () => {
    const filters = readUrlFilters(NAMES, new URLSearchParams("q=%20disk%20&criticality=HIGH&view=cards"));
    expect(filters).toEqual({ q: "disk", criticality: "HIGH", attention: "", service: "", from: "", to: "" });
    expect(hasActiveFilters(filters)).toBe(true);
    expect(hasActiveFilters(readUrlFilters(NAMES, new URLSearchParams("view=cards")))).toBe(false);
  });

  it("writes a change, drops emptied parameters and keeps the page's own ones", () => {
    expect(writeUrlFilters("?view=cards&q=disk", { criticality: "HIGH", q: "" })).toBe(
      "view=cards&criticality=HIGH",
    );
    expect(writeUrlFilters("q=a", { q: "  b  " })).toBe("q=b");
    expect(writeUrlFilters("q=a&from=x&view=v", clearedFilters(NAMES))).toBe("view=v");
  });

  it("round-trips: what is written reads back the same", () => {
    const query = writeUrlFilters("", { q: "db & cache", criticality: "HIGH", attention: "true" });
    expect(readUrlFilters(NAMES, new URLSearchParams(query))).toMatchObject({
      q: "db & cache",
      criticality: "HIGH",
      attention: "true",
    });
  });
});

describe("filter chips", () => {
  const all = (over: Partial<Record<Name, string>>) => ({ ...clearedFilters(NAMES), ...over });

  it("has none without filters", () => {
    expect(filterChips(FIELDS, all({}))).toEqual([]);
  });

  it("has one per active filter, in the bar's order, each clearing its own parameters", () => {
    const chips = filterChips(
      FIELDS,
      all({ q: "disk", criticality: "HIGH", attention: "true", service: "api", from: "a", to: "b" }),
    );
    expect(chips.map((c) => [c.label, c.removeLabel, c.clears])).toEqual([
      ["“disk”", "Remove the search “disk”", ["q"]],
      ["Criticality: High", "Remove Criticality: High", ["criticality"]],
      ["Needs attention", "Remove Needs attention", ["attention"]],
      ["Service: api", "Remove Service: api", ["service"]],
      ["Reported a–b", "Remove the period filter", ["from", "to"]],
    ]);
    expect(chips.at(-1)?.testId).toBe("period-filter");
  });

  it("names a segmented view's chip by its option, and has none for its default view", () => {
    const views: FilterField<"view">[] = [
      {
        kind: "segmented",
        name: "view",
        label: "Show",
        options: [
          { value: "", label: "Not done" },
          { value: "DONE", label: "Done" },
        ],
      },
    ];
    expect(filterChips(views, { view: "DONE" }).map((c) => c.label)).toEqual(["Done"]);
    expect(filterChips(views, { view: "" })).toEqual([]);
  });

  it("shows a value the menu does not list as it is, and ignores a toggle that is not 'true'", () => {
    const chips = filterChips(FIELDS, all({ criticality: "LOW,HIGH", attention: "yes" }));
    expect(chips.map((c) => c.label)).toEqual(["Criticality: LOW,HIGH"]);
  });
});
