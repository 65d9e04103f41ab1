// The kit's figures as the server renders them: a linked figure carries the count its list must show and
// does not prefetch (a dashboard shows some twenty; each prefetch was a server render while the page
// loaded on a phone), and a FigureTable is a real table with row and column headers.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { FigureTable } from "@/components/ui/figure-table";
import { FigureLink, StatGrid } from "@/components/ui/stat";

// next/link as an <a> that says what it was asked to prefetch.
vi.mock("next/link", () => ({
  default: ({
    href,
    prefetch,
    children,
    ...rest
  }: {
    href: string;
    prefetch?: boolean;
    children: ReactNode;
  }) => createElement("a", { href, "data-prefetch": String(prefetch), ...rest }, children),
}));

// IntentLink prefetches through the router on pointer or focus; nothing of that runs in a static render.
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch: () => undefined }) }));

const links = (html: string) => [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);

describe("linked figures", () => {
  it("a stat tile links to its list with the count that list must show, and without prefetch", () => {
    const html = renderToStaticMarkup(
      createElement(StatGrid, {
        label: "Totals",
        className: "grid-cols-2",
        stats: [
          { testId: "open", label: "Open", count: 7, href: "/incidents" },
          { testId: "share", label: "Success", value: "90 %", figureCount: 10, href: "/changes" },
          { testId: "plain", label: "Not linked", count: 3 },
        ],
      }),
    );
    expect(html).toContain('aria-label="Totals"');
    expect(links(html)).toEqual([
      expect.stringMatching(/href="\/incidents".*data-prefetch="false".*data-figure-count="7"/),
      expect.stringMatching(/href="\/changes".*data-prefetch="false".*data-figure-count="10"/),
    ]);
    expect(html).toContain(">90 %<");
    expect(html).toMatch(/data-testid="plain"[^>]*>.*>3</);
  });

  it("a figure in a table or sentence links the same way, or is the number alone for a viewer who may not open it", () => {
    const linked = renderToStaticMarkup(
      createElement(FigureLink, { href: "/security?type=ANOMALY", count: 4, children: "4" }),
    );
    expect(links(linked)).toEqual([expect.stringMatching(/data-prefetch="false".*data-figure-count="4"/)]);
    const plain = renderToStaticMarkup(
      createElement(FigureLink, { href: undefined, count: 4, children: "4" }),
    );
    expect(links(plain)).toEqual([]);
    expect(plain).toContain(">4</span>");
  });
});

describe("FigureTable", () => {
  type Row = { month: string; p1: number; p2: number };
  const rows: Row[] = [
    { month: "2026-11", p1: 2, p2: 0 },
    { month: "2026-12", p1: 1, p2: 5 },
  ];

  it("names rows and columns with header cells and right-aligns the figures", () => {
    const html = renderToStaticMarkup(
      createElement(FigureTable<Row>, {
        caption: "Incidents per month",
        testId: "trend",
        rows,
        rowKey: (r) => r.month,
        rowAttributes: (r) => ({ "data-month": r.month }),
        rowHeader: { id: "month", header: "Month", cell: (r) => r.month },
        columns: [
          { id: "p1", header: "P1", cell: (r) => r.p1 },
          { id: "p2", header: "P2", cell: (r) => r.p2, className: (r) => r.p2 === 0 && "text-muted" },
        ],
      }),
    );
    expect(html).toMatch(/<caption class="sr-only">Incidents per month<\/caption>/);
    expect([...html.matchAll(/<th scope="col"/g)]).toHaveLength(3);
    expect([...html.matchAll(/<th scope="row"[^>]*>2026-1[12]<\/th>/g)]).toHaveLength(2);
    expect(html).toMatch(/<tr [^>]*data-month="2026-12"/);
    expect(html).toMatch(/<td class="[^"]*text-right[^"]*text-muted[^"]*">0<\/td>/);
  });

  it("puts a group header over the columns of a group", () => {
    const html = renderToStaticMarkup(
      createElement(FigureTable<Row>, {
        caption: "By clock",
        rows,
        rowKey: (r) => r.month,
        rowHeader: { id: "month", header: "Month", cell: (r) => r.month },
        columns: [
          { id: "p1", header: "P1", group: "Response", cell: (r) => r.p1 },
          { id: "p2", header: "P2", group: "Response", cell: (r) => r.p2 },
        ],
      }),
    );
    expect(html).toMatch(/<th scope="col"[^>]*rowSpan="2"[^>]*>Month<\/th>/i);
    expect(html).toMatch(/<tr><th scope="col"[^>]*border-l[^>]*>P1<\/th><th scope="col"[^>]*>P2<\/th><\/tr>/);
    expect(html).toMatch(/<th scope="colgroup" colSpan="2"[^>]*>Response<\/th>/i);
  });
});
