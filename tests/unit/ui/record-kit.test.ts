// The record-page pieces of the kit as the server renders them: the header (way back, badges, title as
// the page's h1), the facts (optional ones left out, each findable by its label), a titled panel named by
// its heading, and the approvals summary with each decision.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DecisionList } from "@/components/ui/decision-list";
import { FactGrid, instantFact } from "@/components/ui/fact-grid";
import { Panel } from "@/components/ui/panel";
import { RecordHeader, RecordNotes } from "@/components/ui/record-header";
import { ServiceLinks } from "@/components/ui/service-links";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("RecordHeader", () => {
  it("links back to the list and makes the title the page's only h1", () => {
    const html = renderToStaticMarkup(
      h(RecordHeader, {
        back: { href: "/changes", label: "Changes" },
        badges: h("span", null, "CHG-7"),
        title: "Rotate the TLS certificates",
        children: h(RecordNotes, { title: "Closing notes", notes: "Done without downtime." }),
      }),
    );
    expect(html).toMatch(/<a[^>]*href="\/changes"[^>]*>.*Changes<\/a>/);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain(">Rotate the TLS certificates</h1>");
    expect(text(html)).toContain("Closing notesDone without downtime.");
  });

  it("shows no notes box for empty notes", () => {
    expect(renderToStaticMarkup(h(RecordNotes, { title: "Closing notes", notes: null }))).toBe("");
  });
});

describe("FactGrid", () => {
  it("leaves out optional facts and gives each value a test id from its label", () => {
    const html = renderToStaticMarkup(
      h(FactGrid, {
        facts: [
          { label: "Requested by", value: "Ann" },
          instantFact("Resolved", null),
          false,
          { label: "Planned window", value: "10:00–11:00 UTC", testId: "planned-window", wide: true },
        ],
      }),
    );
    expect(text(html)).toBe("Requested byAnnPlanned window10:00–11:00 UTC");
    expect(html).toContain('data-testid="fact-requested-by"');
    expect(html).toContain('data-testid="planned-window"');
    expect(html).not.toContain("Resolved");
  });

  it("writes a set instant as a <time>", () => {
    const html = renderToStaticMarkup(
      h(FactGrid, { layout: "side", facts: [instantFact("Resolved", "2026-12-07T10:00:00.000Z")] }),
    );
    expect(html).toContain('<time dateTime="2026-12-07T10:00:00.000Z"');
  });
});

describe("Panel", () => {
  it("is a section named by its heading", () => {
    const html = renderToStaticMarkup(h(Panel, { title: "SLA clocks", testId: "clocks", children: "body" }));
    const id = html.match(/aria-labelledby="([^"]+)"/)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<h2 id="${id}"`);
    expect(html).toContain('data-testid="clocks"');
    expect(text(html)).toBe("SLA clocksbody");
  });
});

describe("DecisionList", () => {
  const decisions = [
    { approver: { id: "a", name: "Ann" }, decision: "APPROVE", at: "2026-12-07T10:00:00Z", comment: "Fine" },
    { approver: { id: "b", name: "Bob" }, decision: "REJECT", at: "2026-12-07T11:00:00Z", comment: null },
  ];

  it("counts approvals against what is needed and names each decision with the record's word", () => {
    const html = renderToStaticMarkup(
      h(DecisionList, { decisions, needed: 2, refusal: "rejected", empty: null, summary: " from CAB" }),
    );
    expect(html).toMatch(/data-testid="approval-count"[^>]*>1 of 2</);
    expect(text(html)).toContain("approvals from CAB");
    expect(text(html)).toContain("Ann approved");
    expect(text(html)).toContain("“Fine”");
    expect(text(html)).toContain("Bob rejected");
    expect(html).toContain('aria-label="Rejected"');
  });

  it("shows the empty text before anyone decided, with a singular 'approval'", () => {
    const html = renderToStaticMarkup(
      h(DecisionList, {
        decisions: [],
        needed: 1,
        refusal: "denied",
        empty: h("p", null, "No decision yet."),
      }),
    );
    expect(text(html)).toBe("0 of 1 approvalNo decision yet.");
  });
});

describe("ServiceLinks", () => {
  it("links each service to its page, or says there are none", () => {
    expect(renderToStaticMarkup(h(ServiceLinks, { slugs: ["api"] }))).toContain('href="/services/api"');
    expect(text(renderToStaticMarkup(h(ServiceLinks, { slugs: [], empty: "None recorded" })))).toBe(
      "None recorded",
    );
  });
});
