// What every incident notification says, whatever the channel (pure): key, severity, title, the SLA
// deadline and a link, plus the one-click acknowledge link when the recipient may acknowledge. The
// channel renderers (chat-message.ts, email-message.ts) escape each value for their own syntax.
import { formatInstant, formatRelative } from "@/lib/format/instant";
import { SEVERITY_LABELS, type Severity } from "@/lib/incidents/sla";

export type IncidentMessageInput = {
  key: string;
  severity: Severity;
  title: string;
  /** The next SLA deadline that matters (respond by, or resolve by); null when none runs. */
  slaDeadline: Date | null;
  /** Which clock `slaDeadline` belongs to. */
  slaKind?: "response" | "resolution";
  /** The incident's page. */
  url: string;
  /** The signed, single-use acknowledge link for this recipient; omitted when they cannot acknowledge. */
  acknowledgeUrl?: string | null;
  /** Why this person gets it ("You are on call for payments-api", "Escalation step 2: …"). */
  reason?: string | null;
  /** Adds "in 12 min" / "3 min ago" to the deadline. */
  now?: Date;
};

/** "[P1] INC-42: title" — the line a phone's lock screen shows. */
export function headline(n: IncidentMessageInput): string {
  return `[${n.severity}] ${n.key}: ${n.title}`;
}

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity];
}

/** "Respond by 7 Dec 2026, 10:30 UTC (in 12 min)", or "No SLA deadline running". */
export function deadlineText(n: IncidentMessageInput): string {
  if (!n.slaDeadline) return "No SLA deadline running";
  const verb = n.slaKind === "resolution" ? "Resolve by" : "Respond by";
  const at = formatInstant(n.slaDeadline, { zone: "utc" });
  const rel = n.now ? ` (${formatRelative(n.slaDeadline, n.now)})` : "";
  return `${verb} ${at}${rel}`;
}

/** The URL as an absolute http(s) URL, or a TypeError: a link we send must never be `javascript:` or relative. */
export function safeHttpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`Not an absolute URL: ${url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new TypeError(`Only http(s) links are sent, not ${parsed.protocol}`);
  }
  return parsed.href;
}

/** Control characters (and line breaks) out, runs of white space to one: for one-line fields. */
export function oneLine(text: string): string {
  return (
    text
      // Matching control characters is the point here.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}
