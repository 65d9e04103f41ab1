// A person's notification rules: which of their channels a page uses, per severity. The in-portal bell
// is always written whatever the rules say; these rules only choose what reaches people elsewhere.
import { z } from "zod";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

/** E-mail, their chat webhook (Slack-compatible), their own signed webhook. */
export const CHANNELS = ["EMAIL", "CHAT", "WEBHOOK"] as const;
export type Channel = (typeof CHANNELS)[number];

export type ChannelRules = Record<Severity, readonly Channel[]>;

/** What a person gets until they change it: a P1 everywhere at once, a P4 nowhere (the bell only). */
export const DEFAULT_CHANNEL_RULES: ChannelRules = {
  P1: ["EMAIL", "CHAT", "WEBHOOK"],
  P2: ["EMAIL", "CHAT"],
  P3: ["EMAIL"],
  P4: [],
};

const channelList = z
  .array(z.enum(CHANNELS))
  .max(CHANNELS.length)
  .refine((list) => new Set(list).size === list.length, "Each channel once");

/**
 * The rules as `PUT /api/me/notification-channels` sends them: any severity left out keeps its
 * default; an empty list means "none" for that severity.
 */
export const channelRulesInput = z
  .strictObject({
    P1: channelList.optional(),
    P2: channelList.optional(),
    P3: channelList.optional(),
    P4: channelList.optional(),
  })
  .transform((given): ChannelRules => {
    const rules = { ...DEFAULT_CHANNEL_RULES };
    for (const s of SEVERITIES) rules[s] = given[s] ?? DEFAULT_CHANNEL_RULES[s];
    return rules;
  });
export type ChannelRulesInput = z.input<typeof channelRulesInput>;

/**
 * The channels a page of `severity` goes to, in `CHANNELS` order: the person's rule for it (the
 * default where they have none), limited to the channels they have set up when `configured` is given.
 */
export function channelsFor(
  rules: Partial<Record<Severity, readonly Channel[]>> | null | undefined,
  severity: Severity,
  configured?: Iterable<Channel>,
): Channel[] {
  const wanted = new Set(rules?.[severity] ?? DEFAULT_CHANNEL_RULES[severity]);
  const usable = configured ? new Set(configured) : null;
  return CHANNELS.filter((c) => wanted.has(c) && (!usable || usable.has(c)));
}
