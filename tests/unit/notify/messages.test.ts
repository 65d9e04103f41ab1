import { describe, expect, it } from "vitest";
import { renderChatMessage, escapeChatText } from "@/lib/notify/chat-message";
import { renderEmailMessage } from "@/lib/notify/email-message";
import type { IncidentMessageInput } from "@/lib/notify/incident-message";

const base: IncidentMessageInput = {
  key: "INC-42",
  severity: "P1",
  title: "Payments API returns 502",
  slaDeadline: new Date("2026-12-07T10:15:00Z"),
  url: "https://ops.example.com/incidents/INC-42",
  acknowledgeUrl: "https://ops.example.com/ack?token=abc.def",
  reason: "You are on call for payments-api",
  now: new Date("2026-12-07T10:03:00Z"),
};
const hostile = `<script>alert(1)</script> <!channel> <@U123> <!here|here> @channel @here <https://evil.example|click> [docs](https://evil.example) & "q" 'a'`;

// Every piece of text a Slack client renders as mrkdwn, collected from the blocks.
const mrkdwnTexts = (blocks: Record<string, unknown>[]) =>
  JSON.stringify(blocks)
    .match(/"type":"mrkdwn","text":"((?:[^"\\]|\\.)*)"/g)!
    .map((m) => JSON.parse(`{${m}}`) as { text: string })
    .map((o) => o.text);

describe("chat message (Slack-compatible incoming webhook)", () => {
  it("carries key, severity, title, SLA deadline, link and acknowledge link", () => {
    const msg = renderChatMessage(base);
    expect(msg.text).toBe(
      [
        "[P1] INC-42: Payments API returns 502 — Respond by 7 Dec 2026, 10:15 UTC (in 12 min)",
        "You are on call for payments-api",
        "Open: https://ops.example.com/incidents/INC-42",
        "Acknowledge: https://ops.example.com/ack?token=abc.def",
      ].join("\n"),
    );
    const json = JSON.stringify(msg.blocks);
    for (const part of [
      "P1 incident INC-42",
      "*Payments API returns 502*",
      "P1 - Critical",
      "Respond by 7 Dec 2026, 10:15 UTC",
    ]) {
      expect(json).toContain(part);
    }
    const actions = msg.blocks.find((b) => b.type === "actions") as {
      elements: { url: string; text: { text: string } }[];
    };
    expect(actions.elements.map((e) => [e.text.text, e.url])).toEqual([
      ["Open INC-42", "https://ops.example.com/incidents/INC-42"],
      ["Acknowledge", "https://ops.example.com/ack?token=abc.def"],
    ]);
  });

  it("without an acknowledge link there is no acknowledge button; a resolution deadline says so", () => {
    const msg = renderChatMessage({
      ...base,
      acknowledgeUrl: null,
      reason: null,
      slaKind: "resolution",
      now: undefined,
    });
    expect(msg.text).not.toContain("Acknowledge");
    expect(JSON.stringify(msg.blocks)).not.toContain("Acknowledge");
    expect(msg.text).toContain("Resolve by 7 Dec 2026, 10:15 UTC");
    expect(renderChatMessage({ ...base, slaDeadline: null }).text).toContain("No SLA deadline running");
  });

  it("neutralizes <script>, Slack mentions and links, plain @-mentions and Markdown links in the title", () => {
    const msg = renderChatMessage({ ...base, title: hostile, reason: hostile });
    for (const text of [msg.text, ...mrkdwnTexts(msg.blocks)]) {
      expect(text).not.toMatch(/<[!@#]|<script|<https?:/);
      expect(text).not.toMatch(/@(channel|here|U123)/); // a zero-width space follows every @
      expect(text).not.toContain("](");
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/); // the only entities are our own
    }
    expect(msg.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &lt;!channel&gt; &lt;@\u200bU123&gt;");
    expect(msg.text).toContain("@\u200bchannel @\u200bhere");
    // What a reader sees, once the client decodes the three entities and drops the invisible spaces:
    const seen = escapeChatText(hostile)
      .replace(/\u200b/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    expect(seen).toBe(hostile);
  });

  it("keeps a title on one line, and links that carry | or & intact for Slack's parser", () => {
    const msg = renderChatMessage({
      ...base,
      title: "line1\nline2\r\n\u2028line3",
      acknowledgeUrl: "https://x.example/ack?a=1&b=2|3",
    });
    expect(msg.text.split("\n")[0]).toContain("line1 line2 line3");
    expect(msg.text).toContain("Acknowledge: https://x.example/ack?a=1&amp;b=2%7C3");
  });

  it("refuses links that are not absolute http(s)", () => {
    expect(() => renderChatMessage({ ...base, url: "javascript:alert(1)" })).toThrow(TypeError);
    expect(() => renderChatMessage({ ...base, acknowledgeUrl: "/ack?token=x" })).toThrow(TypeError);
  });
});

describe("e-mail message", () => {
  it("carries every field in the subject, the text and the HTML", () => {
    const mail = renderEmailMessage(base);
    expect(mail.subject).toBe("[P1] INC-42: Payments API returns 502");
    expect(mail.text).toBe(
      [
        "Incident: INC-42",
        "Severity: P1 - Critical",
        "Title: Payments API returns 502",
        "SLA: Respond by 7 Dec 2026, 10:15 UTC (in 12 min)",
        "",
        "You are on call for payments-api",
        "",
        "Open the incident: https://ops.example.com/incidents/INC-42",
        "Acknowledge (one click, single use): https://ops.example.com/ack?token=abc.def",
        "",
      ].join("\n"),
    );
    for (const part of [
      "INC-42",
      "P1 - Critical",
      "Payments API returns 502",
      "Respond by 7 Dec 2026, 10:15 UTC (in 12 min)",
      "You are on call for payments-api",
      '<a href="https://ops.example.com/incidents/INC-42"',
      '<a href="https://ops.example.com/ack?token=abc.def"',
    ]) {
      expect(mail.html).toContain(part);
    }
  });

  it("escapes every interpolated value in the HTML", () => {
    const mail = renderEmailMessage({
      ...base,
      key: 'INC-1"><img src=x onerror=alert(1)>',
      title: hostile,
      reason: hostile,
      url: 'https://ops.example.com/incidents/x"onmouseover="alert(1)',
    });
    expect(mail.html).not.toMatch(/<script|<img|<!channel|"onmouseover|'a'/);
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).toContain("&amp; &quot;q&quot; &#39;a&#39;");
    // The only tags are the template's own.
    const tags = new Set([...mail.html.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual([
      "!doctype",
      "a",
      "body",
      "h1",
      "head",
      "html",
      "meta",
      "p",
      "table",
      "td",
      "th",
      "title",
      "tr",
    ]);
  });

  it("keeps the subject one line (no header injection) and of bounded length", () => {
    const mail = renderEmailMessage({
      ...base,
      title: `Disk full\r\nBcc: victim@example.com\u0000${"x".repeat(500)}`,
    });
    expect([...mail.subject].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    expect(mail.subject.startsWith("[P1] INC-42: Disk full Bcc: victim@example.com")).toBe(true);
    expect(mail.subject.length).toBeLessThanOrEqual(200);
  });

  it("has no acknowledge link when none is given, and refuses non-http links", () => {
    const mail = renderEmailMessage({ ...base, acknowledgeUrl: undefined });
    expect(mail.text).not.toContain("Acknowledge");
    expect(mail.html).not.toContain("Acknowledge");
    expect(() => renderEmailMessage({ ...base, acknowledgeUrl: "javascript:alert(1)" })).toThrow(TypeError);
  });
});
