// Regression (CI, 7 Dec 2026): a countdown under a minute read "Respond21 sat risk" as text — the label,
// the time and "at risk" sat in separate elements with layout gaps only, so copying it, a screen reader
// and the phone-queue test all got the words run together.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SlaCountdown } from "@/app/(portal)/incidents/_components/sla-countdown";

const text = (html: string) => html.replace(/<[^>]+>/g, "");
const now = Date.parse("2026-12-07T10:14:39Z");

describe("an SLA countdown's text", () => {
  it("keeps its words apart: label, time left, breached", () => {
    const running = renderToStaticMarkup(
      createElement(SlaCountdown, {
        label: "Respond",
        startIso: "2026-12-07T10:00:00Z",
        dueIso: "2026-12-07T10:15:00Z",
        stoppedIso: null,
        now,
      }),
    );
    expect(text(running)).toBe("Respond 21 s");
    const late = renderToStaticMarkup(
      createElement(SlaCountdown, {
        label: "Respond",
        startIso: "2026-12-07T10:00:00Z",
        dueIso: "2026-12-07T10:10:00Z",
        stoppedIso: null,
        now,
      }),
    );
    expect(text(late)).toMatch(/^Respond −4 min 39 s breached$/);
  });
});
