// An on-call schedule's rules as data: the zone, the layers (rotations) in order of priority, and the
// overrides. The same schemas check the schedule form and the API; the computed timeline's types live
// here too. docs/oncall.md explains the rules to users.
import { z } from "zod";
import { isIanaZone } from "@/lib/oncall/zone-time";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const TURN_UNITS = ["day", "week", "hours"] as const;
export type TurnUnit = (typeof TURN_UNITS)[number];

/** The longest turn per unit: a quarter in days, a quarter in weeks, a month in hours. */
export const MAX_TURN_LENGTH: Record<TurnUnit, number> = { day: 90, week: 13, hours: 744 };
export const MAX_LAYERS = 10;
export const MAX_PEOPLE_PER_LAYER = 50;
export const MAX_RESTRICTIONS = 14;
export const MAX_OVERRIDE_DAYS = 366;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, "Between the years 2000 and 2100");

export const userIdSchema = z.uuid();

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaZone, "Not a time zone of the IANA database (e.g. Europe/Berlin)");

export const localTimeSchema = z.string().regex(HHMM, "A local time as HH:MM, 00:00 to 23:59");

export const turnSchema = z
  .strictObject({
    unit: z.enum(TURN_UNITS),
    length: z.number().int().min(1),
  })
  .superRefine((turn, ctx) => {
    if (turn.length > MAX_TURN_LENGTH[turn.unit])
      ctx.addIssue({
        code: "custom",
        path: ["length"],
        message: `At most ${MAX_TURN_LENGTH[turn.unit]} for a turn in ${turn.unit === "hours" ? "hours" : `${turn.unit}s`}`,
      });
  });
export type Turn = z.infer<typeof turnSchema>;

/**
 * A weekly window in the schedule's zone when the layer has someone on call, e.g. Mon–Fri 09:00–17:00.
 * `end` at or before `start` runs past midnight into the next day (22:00–06:00; 09:00–09:00 is 24 hours);
 * `end` 24:00 is midnight.
 */
export const restrictionSchema = z.strictObject({
  days: z
    .array(z.enum(WEEKDAYS))
    .min(1)
    .max(7)
    .refine((days) => new Set(days).size === days.length, "Each day once"),
  start: localTimeSchema,
  end: z.union([localTimeSchema, z.literal("24:00")]),
});
export type Restriction = z.infer<typeof restrictionSchema>;

export const layerSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(80).optional(),
    /** User ids in turn order; the first is on call from `startsAt`. A person may appear more than once. */
    people: z.array(userIdSchema).min(1).max(MAX_PEOPLE_PER_LAYER),
    /** The rotation's first handoff; before it the layer has nobody. */
    startsAt: instant,
    /** Local time of later handoffs for day and week turns; hour turns hand off every `length` hours. */
    handoffTime: localTimeSchema.optional(),
    turn: turnSchema,
    restrictions: z.array(restrictionSchema).max(MAX_RESTRICTIONS).optional(),
  })
  .superRefine((layer, ctx) => {
    if (layer.turn.unit !== "hours" && !layer.handoffTime)
      ctx.addIssue({
        code: "custom",
        path: ["handoffTime"],
        message: "Daily and weekly turns need a handoff time",
      });
  });
export type Layer = z.infer<typeof layerSchema>;

/** Someone covers [from, to): wins over every layer. Where overrides overlap, the later one wins. */
export const overrideSchema = z
  .strictObject({
    userId: userIdSchema,
    from: instant,
    to: instant,
  })
  .superRefine((o, ctx) => {
    // Runs even when `from` or `to` failed its own check (then still text): that issue is reported already.
    if (!(o.from instanceof Date) || !(o.to instanceof Date)) return;
    const ms = o.to.getTime() - o.from.getTime();
    if (ms <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "Ends after it starts" });
    else if (ms > MAX_OVERRIDE_DAYS * 24 * 3_600_000)
      ctx.addIssue({ code: "custom", path: ["to"], message: `At most ${MAX_OVERRIDE_DAYS} days` });
  });
export type Override = z.infer<typeof overrideSchema>;

/** The rules a schedule form edits: zone and layers, the first layer winning where several have someone. */
export const scheduleRulesSchema = z.strictObject({
  timeZone: timeZoneSchema,
  layers: z.array(layerSchema).min(1).max(MAX_LAYERS),
});
export type ScheduleRules = z.infer<typeof scheduleRulesSchema>;

/** What the computation needs: the rules plus the overrides (stored and edited separately). */
export type Schedule = ScheduleRules & { overrides: readonly Override[] };

/** Where a segment's person comes from: a layer's index in `layers`, an override, or nobody. */
export type SegmentSource = number | "override" | null;

/** One stretch of the computed timeline; `isGap` marks nobody on call (`userId` null). */
export type Segment = {
  from: Date;
  to: Date;
  userId: string | null;
  layer: SegmentSource;
  isGap: boolean;
};

/** A segment as the API returns it (instants as ISO strings). */
export const segmentResponse = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  userId: z.string().nullable().describe("Who is on call; null in a gap"),
  layer: z
    .union([z.number().int().min(0), z.literal("override"), z.null()])
    .describe("The layer's index in `layers`, an override, or null in a gap"),
  isGap: z.boolean().describe("Nobody is on call"),
});
export type SegmentResponse = z.infer<typeof segmentResponse>;

/** A computed segment → its API form. */
export function toSegmentResponse(s: Segment): SegmentResponse {
  return segmentResponse.parse({ ...s, from: s.from.toISOString(), to: s.to.toISOString() });
}
