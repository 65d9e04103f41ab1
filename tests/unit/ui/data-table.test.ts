// The kit's DataTable as the server renders it: one row per record whatever the screen, the columns a
// phone card keeps, and the empty / error / loading states.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";

type Row = { id: string; name: string; owner: string };
const ROWS: Row[] = [
  { id: "a", name: "Alpha", owner: "Ann" },
  { id: "b", name: "Beta", owner: "Bob" },
];
const COLUMNS: DataTableColumn<Row>[] = [
  { id: "name", header: "Name", phone: "main", sortKey: "name", cell: (r) => r.name },
  { id: "owner", header: "Owner", phone: "meta", phoneLabel: true, cell: (r) => r.owner },
  { id: "internal", header: "Internal", phone: "hidden", cell: (r) => `#${r.id}` },
];
const EMPTY = { title: "Nothing here" };

const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, {
      label: "Things",
      columns: COLUMNS,
      rows: ROWS,
      rowKey: (r) => r.id,
      empty: EMPTY,
      ...props,
    }),
  );
// Just enough parsing for these assertions, without a DOM library in the unit project.
const doc = (html: string) => ({
  html,
  count: (pattern: RegExp) => [...html.matchAll(new RegExp(pattern, "g"))].length,
  tag: (name: string, attr: string) => html.match(new RegExp(`<${name}[^>]*${attr}[^>]*>`))?.[0] ?? "",
});

describe("DataTable", () => {
  it("renders one row per record, each selectable, with its cells named by column", () => {
    const html = doc(
      render({
        rowTestId: "thing-row",
        rowAttributes: (r) => ({ "data-key": r.id }),
        selectedIndex: 1,
        onSelectIndex: () => {},
      }),
    );
    expect(html.count(/data-testid="thing-row"/)).toBe(2);
    expect(html.tag("tr", 'data-key="a"')).toContain('aria-selected="false"');
    expect(html.tag("tr", 'data-key="b"')).toContain('aria-selected="true"');
    expect(html.tag("tr", 'data-key="b"')).toContain('data-row-index="1"');
    expect(html.count(/data-column="owner"/)).toBe(2);
    expect(html.html).toContain('aria-label="Things"');
  });

  it("turns rows into cards below md and leaves hidden columns off the card", () => {
    const html = doc(render());
    expect(html.tag("tr", 'data-row-index="0"')).toContain("max-md:flex");
    expect(html.tag("td", 'data-column="internal"')).toContain("max-md:hidden");
    expect(html.tag("td", 'data-column="name"')).toContain("max-md:basis-full");
    expect(html.tag("td", 'data-column="owner"')).not.toContain("max-md:hidden");
    // The header row is the table's only; a card names its values itself (visibly where asked).
    expect(html.tag("thead", "")).toContain("max-md:hidden");
    expect(html.html).toContain('<span class="mr-1 text-xs text-muted md:hidden">Owner:</span>');
    expect(html.html).toContain('<span class="sr-only md:hidden">Name: </span>');
  });

  it("marks the sorted column and offers the same sorts on a phone", () => {
    const html = doc(render({ sort: { key: "name", direction: "desc" }, onSortChange: () => {} }));
    expect(html.tag("th", "aria-sort")).toContain('aria-sort="descending"');
    expect(html.html).toContain('<option value="name:asc">Name ↑</option>');
    expect(html.html).toMatch(/<option value="name:desc" selected="">Name ↓<\/option>/);
    expect(doc(render()).html).not.toContain("Sort by");
  });

  it("shows the empty, error and loading states instead of a table", () => {
    const empty = render({
      rows: [],
      empty: { title: "No things match", description: "Try another filter." },
    });
    expect(empty).toContain("No things match");
    expect(empty).toContain("Try another filter.");
    expect(empty).not.toContain("<table");

    const error = render({
      error: { title: "Things could not be loaded", detail: "HTTP 503", onRetry: () => {} },
    });
    expect(error).toContain('role="alert"');
    expect(error).toContain("Things could not be loaded");
    expect(error).toContain(">Retry</button>");
    expect(error).not.toContain("<table");

    const loading = render({ isLoading: true });
    expect(loading).toContain('aria-busy="true"');
    expect(loading).not.toContain("<table");
  });

  it("opens a row's detail beneath it across every column, and only that row's", () => {
    const html = doc(
      render({ rowDetail: (r) => (r.id === "b" ? createElement("p", null, `Details of ${r.name}`) : null) }),
    );
    expect(html.count(/<tr role="row"/)).toBe(4); // header, two rows, one detail
    expect(html.html).toMatch(
      /data-row-index="1".*?<\/tr><tr role="row"[^>]*><td role="cell" colSpan="3"[^>]*><p>Details of Beta<\/p>/,
    );
    expect(html.html).not.toContain("Details of Alpha");
  });
});
