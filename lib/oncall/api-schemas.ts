// The schedules API's inputs and answers (docs/oncall.md "API"). The rules themselves (zone, layers,
// overrides) are checked by lib/oncall/schemas.ts; this file adds the stored schedule around them.
import { z } from "zod";
import {
  TURN_UNITS,
  WEEKDAYS,
  overrideSchema,
  scheduleRulesSchema,
  segmentResponse,
  timeZoneSchema,
} from "@/lib/oncall/schemas";

/** The longest timeline one request computes (a quarter and a day). */
export const MAX_TIMELINE_DAYS = 92;
/** The timeline's default length when `to` is not given. */
export const DEFAULT_TIMELINE_DAYS = 7;

const name = z.string().trim().min(2, "At least 2 characters").max(100, "At most 100 characters");
const description = z.string().trim().max(2000, "At most 2,000 characters");
const version = z.number().int().positive();

// Instants the schedule rules accept (the years 2000–2100), as query parameters.
const queryInstant = z.iso
  .datetime({ offset: true, message: "Use an ISO 8601 date and time with an offset" })
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 2000 && year <= 2100;
  }, "Use a date between the years 2000 and 2100");

export const createScheduleInput = z.strictObject({
  name,
  description: description.default(""),
  ...scheduleRulesSchema.shape,
});
export type CreateScheduleInput = z.infer<typeof createScheduleInput>;

export const updateScheduleInput = z.strictObject({
  version,
  name: name.optional(),
  description: description.optional(),
  timeZone: timeZoneSchema.optional(),
  layers: scheduleRulesSchema.shape.layers.optional(),
});
export type UpdateScheduleInput = z.infer<typeof updateScheduleInput>;

export const scheduleParams = z.object({ id: z.uuid("Not a schedule id") });
export const overrideParams = z.object({
  id: z.uuid("Not a schedule id"),
  overrideId: z.uuid("Not an override id"),
});
/** The calendar feed takes any id: an unknown one is the same 404 as a wrong token (it never says more). */
export const feedParams = z.object({ id: z.string().max(100) });
export const feedQuery = z.object({ token: z.string().max(200).optional() });

export const onCallQuery = z.object({ at: queryInstant.optional().describe("Default: now") });
export const timelineQuery = z.object({
  from: queryInstant.optional().describe("Default: now"),
  to: queryInstant
    .optional()
    .describe(
      `Default: ${DEFAULT_TIMELINE_DAYS} days after from; at most ${MAX_TIMELINE_DAYS} days after it`,
    ),
});
export const overrideListQuery = z.object({
  from: queryInstant.optional().describe("Overrides ending after this instant (default: now)"),
});

const overrideTime = z.iso.datetime({ offset: true });
export const createOverrideInput = z
  .strictObject({
    version: version.describe("The schedule's version you read"),
    userId: z.uuid(),
    from: overrideTime,
    to: overrideTime,
  })
  // The rules' own checks (years, order, length), once both times are readable (else that is the issue).
  .superRefine((input, ctx) => {
    if (!overrideTime.safeParse(input.from).success || !overrideTime.safeParse(input.to).success) return;
    const parsed = overrideSchema.safeParse({ userId: input.userId, from: input.from, to: input.to });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type CreateOverrideInput = z.infer<typeof createOverrideInput>;
export const deleteOverrideQuery = z.object({
  version: z.coerce.number().int().positive().describe("The schedule's version you read"),
});

export const feedTokenInput = z.strictObject({
  version,
  revoke: z
    .boolean()
    .default(false)
    .describe("true: turn the feed off; otherwise a new token replaces the old"),
});

export const personResponse = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type PersonResponse = z.infer<typeof personResponse>;

const layerResponse = z.object({
  name: z.string().optional(),
  people: z.array(z.string()),
  startsAt: z.iso.datetime(),
  handoffTime: z.string().optional(),
  turn: z.object({ unit: z.enum(TURN_UNITS), length: z.number().int() }),
  restrictions: z
    .array(
      z.object({
        days: z.array(z.enum(WEEKDAYS)),
        start: z.string(),
        end: z.string().describe("HH:MM; 24:00 is midnight at the end of the day"),
      }),
    )
    .optional(),
});

export const scheduleResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  timeZone: z.string(),
  layers: z.array(layerResponse),
  /** Everyone the layers name, for display. */
  people: z.array(personResponse.extend({ isActive: z.boolean() })),
  hasFeed: z.boolean().describe("Whether the iCal feed is on (its token is shown only when made)"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type ScheduleResponse = z.infer<typeof scheduleResponse>;

export const feedResponse = z.object({
  feedUrl: z
    .string()
    .nullable()
    .describe("The calendar feed's path with its token, shown this once; null when revoked"),
  version: z.number().int(),
});
export const scheduleWithFeed = scheduleResponse.extend({
  feedUrl: z.string().describe("The calendar feed's path with its token, shown this once"),
});
export const scheduleListResponse = z.object({ items: z.array(scheduleResponse) });

export const overrideResponse = z.object({
  id: z.uuid(),
  person: personResponse,
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type OverrideResponse = z.infer<typeof overrideResponse>;
export const createdOverrideResponse = overrideResponse.extend({
  scheduleVersion: z.number().int().describe("The schedule's version after adding it"),
});
export const overrideListResponse = z.object({
  items: z.array(overrideResponse).describe(`Oldest first; the later of overlapping overrides wins`),
});

export const onCallResponse = z.object({
  at: z.iso.datetime(),
  person: personResponse.nullable().describe("null: nobody is on call (a gap)"),
  layer: segmentResponse.shape.layer,
  from: z.iso.datetime().nullable().describe("When this stretch began; null if over 400 days ago"),
  until: z.iso.datetime().nullable().describe("The next handoff; null if none within 400 days"),
});

export const timelineResponse = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  segments: z.array(segmentResponse),
  people: z.array(personResponse),
});
