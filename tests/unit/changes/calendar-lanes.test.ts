import { describe, expect, it } from "vitest";
import { assignLanes, layoutLanes } from "@/app/(portal)/changes/_components/calendar-range";

const b = (id: string, top: number, bottom: number) => ({ id, top, bottom });

describe("calendar lanes", () => {
  it("counts lanes per overlapping cluster, so a lone change keeps the whole column", () => {
    const placed = assignLanes([
      b("a", 0.4, 0.5),
      b("b", 0.41, 0.5),
      b("c", 0.42, 0.5),
      b("alone", 0.7, 0.8),
    ]);
    expect(placed.find((p) => p.block.id === "alone")).toMatchObject({ lane: 0, lanes: 1 });
    expect(placed.filter((p) => p.block.id !== "alone").every((p) => p.lanes === 3)).toBe(true);
  });

  it("shows at most three side by side and gathers the rest into one +N", () => {
    const six = ["a", "b", "c", "d", "e", "f"].map((id, i) => b(id, 0.4 + i * 0.001, 0.5));
    const layout = layoutLanes(six, 3);
    expect(layout.shown.map((p) => [p.block.id, p.lane, p.lanes])).toEqual([
      ["a", 0, 3],
      ["b", 1, 3],
    ]);
    expect(layout.overflow).toHaveLength(1);
    expect(layout.overflow[0]!.hidden.map((h) => h.id)).toEqual(["c", "d", "e", "f"]);
    expect(layout.overflow[0]).toMatchObject({ lane: 2, lanes: 3, top: 0.402, bottom: 0.5 });
  });

  it("leaves clusters that fit alone", () => {
    const layout = layoutLanes([b("a", 0.1, 0.2), b("b", 0.15, 0.25), b("c", 0.5, 0.6)], 3);
    expect(layout.overflow).toEqual([]);
    expect(layout.shown).toHaveLength(3);
  });
});
