// An incident notification as an e-mail (pure): subject, plain text and a simple HTML part. Every
// value is escaped for where it lands — one line for the subject (a line break there would start a new
// header), entities in HTML text and attributes — and links are absolute http(s) URLs only.
import {
  type IncidentMessageInput,
  deadlineText,
  headline,
  oneLine,
  safeHttpUrl,
  severityLabel,
} from "./incident-message";

export type EmailMessage = { subject: string; text: string; html: string };

const SUBJECT_MAX = 200;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function subjectOf(n: IncidentMessageInput): string {
  const line = oneLine(headline(n));
  return line.length > SUBJECT_MAX ? `${line.slice(0, SUBJECT_MAX - 1)}…` : line;
}

/**
 * Renders an incident notification e-mail: subject "[P1] INC-42: title"; a text part with the key,
 * severity, title, SLA deadline, why it was sent, and the links; the same as a small HTML table with an
 * "Acknowledge" button when an acknowledge link is given.
 */
export function renderEmailMessage(n: IncidentMessageInput): EmailMessage {
  const url = safeHttpUrl(n.url);
  const ack = n.acknowledgeUrl ? safeHttpUrl(n.acknowledgeUrl) : null;
  const rows: [string, string][] = [
    ["Incident", oneLine(n.key)],
    ["Severity", severityLabel(n.severity)],
    ["Title", oneLine(n.title)],
    ["SLA", deadlineText(n)],
  ];
  const reason = n.reason ? oneLine(n.reason) : null;

  const text = [
    ...rows.map(([k, v]) => `${k}: ${v}`),
    ...(reason ? ["", reason] : []),
    "",
    `Open the incident: ${url}`,
    ...(ack ? [`Acknowledge (one click, single use): ${ack}`] : []),
    "",
  ].join("\n");

  const cell = "padding:4px 12px 4px 0;text-align:left;vertical-align:top";
  const button = "display:inline-block;padding:8px 16px;border-radius:4px;text-decoration:none";
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subjectOf(n))}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;font-size:14px;color:#111">',
    `<h1 style="font-size:18px">${escapeHtml(headline({ ...n, title: oneLine(n.title) }))}</h1>`,
    "<table>",
    ...rows.map(
      ([k, v]) =>
        `<tr><th style="${cell}">${escapeHtml(k)}</th><td style="${cell}">${escapeHtml(v)}</td></tr>`,
    ),
    "</table>",
    ...(reason ? [`<p>${escapeHtml(reason)}</p>`] : []),
    "<p>",
    `<a href="${escapeHtml(url)}" style="${button};border:1px solid #555;color:#111">Open ${escapeHtml(oneLine(n.key))}</a>`,
    ...(ack
      ? [` <a href="${escapeHtml(ack)}" style="${button};background:#b91c1c;color:#fff">Acknowledge</a>`]
      : []),
    "</p>",
    "</body></html>",
    "",
  ].join("\n");

  return { subject: subjectOf(n), text, html };
}
