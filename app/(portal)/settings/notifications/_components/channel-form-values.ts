// What the notifications form holds (text for each channel, the ticked channels per severity) and how it
// becomes `PUT /api/me/notification-channels`. Pure: unit-tested; the API's own schema validates it.
import type { ChannelsResponse } from "@/lib/escalation/api-schemas";
import { CHANNELS, DEFAULT_CHANNEL_RULES, type Channel } from "@/lib/escalation/channel-rules";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

export type ChannelRuleValues = Record<Severity, Channel[]>;

export type ChannelFormValues = {
  /** "" while pages go to the account's address. */
  email: string;
  chatWebhookUrl: string;
  webhookUrl: string;
  rules: ChannelRuleValues;
};

export const CHANNEL_LABELS: Record<Channel, string> = { EMAIL: "E-mail", CHAT: "Chat", WEBHOOK: "Webhook" };

/** The defaults in words, as the page explains them. */
export const DEFAULT_RULE_WORDS: Record<Severity, string> = {
  P1: "every channel at once",
  P2: "e-mail and chat",
  P3: "e-mail only",
  P4: "none (the bell only)",
};

export const defaultRules = (): ChannelRuleValues => ({
  P1: [...DEFAULT_CHANNEL_RULES.P1],
  P2: [...DEFAULT_CHANNEL_RULES.P2],
  P3: [...DEFAULT_CHANNEL_RULES.P3],
  P4: [...DEFAULT_CHANNEL_RULES.P4],
});

/** The saved channels as the form's values. */
export function toChannelFormValues(c: ChannelsResponse): ChannelFormValues {
  return {
    email: c.emailIsAccountEmail ? "" : c.email,
    chatWebhookUrl: c.chatWebhookUrl ?? "",
    webhookUrl: c.webhookUrl ?? "",
    rules: { P1: [...c.rules.P1], P2: [...c.rules.P2], P3: [...c.rules.P3], P4: [...c.rules.P4] },
  };
}

const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** The PUT's body: blank fields are "not set up" (e-mail: the account's address), rules in channel order. */
export function toChannelsInput(v: ChannelFormValues, version: number, rotateWebhookSecret = false) {
  return {
    version,
    email: orNull(v.email),
    chatWebhookUrl: orNull(v.chatWebhookUrl),
    webhookUrl: orNull(v.webhookUrl),
    rotateWebhookSecret,
    rules: Object.fromEntries(
      SEVERITIES.map((s) => [s, CHANNELS.filter((c) => v.rules[s].includes(c))]),
    ) as ChannelRuleValues,
  };
}

/** The channels a page can use with these values: e-mail always (the account's address at least). */
export function configuredChannels(
  v: Pick<ChannelFormValues, "chatWebhookUrl" | "webhookUrl">,
): Set<Channel> {
  const set = new Set<Channel>(["EMAIL"]);
  if (v.chatWebhookUrl.trim()) set.add("CHAT");
  if (v.webhookUrl.trim()) set.add("WEBHOOK");
  return set;
}

/** The rules with one channel of one severity ticked or not. */
export function toggleRule(
  rules: ChannelRuleValues,
  severity: Severity,
  channel: Channel,
  isOn: boolean,
): ChannelRuleValues {
  const without = rules[severity].filter((c) => c !== channel);
  return {
    ...rules,
    [severity]: isOn ? CHANNELS.filter((c) => c === channel || without.includes(c)) : without,
  };
}

/** Whether a severity's rule is its default (in any order). */
export function isDefaultRule(rules: ChannelRuleValues, severity: Severity): boolean {
  const given = new Set(rules[severity]);
  const wanted = DEFAULT_CHANNEL_RULES[severity];
  return given.size === wanted.length && wanted.every((c) => given.has(c));
}
