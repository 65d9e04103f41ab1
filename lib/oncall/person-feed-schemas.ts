// A person's own on-call calendar feed (every schedule's turns where they are on call): the API's
// input and answer. The token is shown once, like a schedule's (docs/oncall.md "Calendar feeds").
import { z } from "zod";

export const personFeedTokenInput = z.strictObject({
  action: z
    .enum(["rotate", "revoke"])
    .describe("rotate: a new link (any earlier one stops working); revoke: turn your feed off"),
});
export type PersonFeedTokenInput = z.infer<typeof personFeedTokenInput>;

export const personFeedTokenResponse = z.object({
  url: z
    .string()
    .nullable()
    .describe("Your calendar feed's path with its token, shown this once; null when revoked"),
});

/** The feed takes any id: an unknown one is the same 404 as a wrong token (it never says more). */
export const personFeedParams = z.object({ id: z.string().max(100) });
export const personFeedQuery = z.object({ token: z.string().max(200).optional() });

/** The person's feed's path, token included: what a calendar app subscribes to. */
export const personFeedPath = (userId: string, token: string) =>
  `/api/people/${userId}/calendar.ics?token=${encodeURIComponent(token)}`;
