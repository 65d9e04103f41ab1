// An incident notification as a Slack-compatible incoming-webhook body (pure): `blocks` for Slack,
// `text` for its notifications and for Mattermost and Rocket.Chat (which read only `text`). Titles come
// from people and from alert labels, so every value is neutralized: Slack's control characters (&, <, >)
// become entities, which also defuses its `<!channel>`, `<@U123>` and `<url|label>` syntax; an "@"
// before a word gets an invisible break (Mattermost and Rocket.Chat notify on a plain "@channel"); and
// Markdown links are broken up so a title cannot show one address and link another.
import {
  type IncidentMessageInput,
  deadlineText,
  headline,
  oneLine,
  safeHttpUrl,
  severityLabel,
} from "./incident-message";

const ZERO_WIDTH_SPACE = "\u200b";

/** Text safe in Slack mrkdwn and in Mattermost/Rocket.Chat Markdown: no mentions, links or markup that acts. */
export function escapeChatText(text: string): string {
  return oneLine(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@(?=\w)/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/\]\(/g, `]${ZERO_WIDTH_SPACE}(`);
}

// A URL in Slack text: "&" must be an entity there, and "<", ">" and "|" (Slack's link syntax) are
// percent-encoded so the URL can neither open nor end a link of its own.
const linkTarget = (url: string) =>
  safeHttpUrl(url).replace(/&/g, "&amp;").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");

export type ChatBlock = Record<string, unknown>;
export type ChatMessage = { text: string; blocks: ChatBlock[] };

/**
 * Renders an incident notification for a chat webhook: a one-line `text` ("[P1] INC-42: title — Respond
 * by …" plus the links, bare so every client links them) and Slack blocks (header, title, severity and
 * deadline, why, and buttons to open and to acknowledge).
 */
export function renderChatMessage(n: IncidentMessageInput): ChatMessage {
  const url = linkTarget(n.url);
  const ack = n.acknowledgeUrl ? linkTarget(n.acknowledgeUrl) : null;
  const deadline = escapeChatText(deadlineText(n));
  const reason = n.reason ? escapeChatText(n.reason) : null;

  const text = [
    `${escapeChatText(headline(n))} — ${deadline}`,
    ...(reason ? [reason] : []),
    `Open: ${url}`,
    ...(ack ? [`Acknowledge: ${ack}`] : []),
  ].join("\n");

  const blocks: ChatBlock[] = [
    {
      type: "header",
      text: { type: "plain_text", text: `${n.severity} incident ${oneLine(n.key)}`, emoji: false },
    },
    { type: "section", text: { type: "mrkdwn", text: `*${escapeChatText(n.title)}*` } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Severity*\n${escapeChatText(severityLabel(n.severity))}` },
        { type: "mrkdwn", text: `*SLA*\n${deadline}` },
      ],
    },
    ...(reason ? [{ type: "context", elements: [{ type: "mrkdwn", text: reason }] }] : []),
    {
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: `Open ${oneLine(n.key)}` },
          url: safeHttpUrl(n.url),
        },
        ...(n.acknowledgeUrl
          ? [
              {
                type: "button",
                style: "primary",
                text: { type: "plain_text", text: "Acknowledge" },
                url: safeHttpUrl(n.acknowledgeUrl),
              },
            ]
          : []),
      ],
    },
  ];
  return { text, blocks };
}
