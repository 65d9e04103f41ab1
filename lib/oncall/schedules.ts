// On-call schedules stored: ops managers and admins create and edit them; everyone who works incidents
// reads them. The layers are stored as JSON (checked as a unit by `scheduleRulesSchema`); every person
// named must be an existing, active user. A feed token is shown once, stored as its SHA-256.
import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { AppError, notFound, staleVersion, type FieldError } from "@/lib/errors";
import type {
  CreateScheduleInput,
  PersonResponse,
  ScheduleResponse,
  UpdateScheduleInput,
} from "@/lib/oncall/api-schemas";
import { feedPath, generateFeedToken } from "@/lib/oncall/feed-token";
import { layerSchema, type Layer, type Schedule } from "@/lib/oncall/schemas";

type ScheduleRow = Prisma.OnCallScheduleGetPayload<object>;
type Client = Tx | typeof db;
export type Person = PersonResponse & { isActive: boolean };

const storedLayers = z.array(layerSchema);

/** Layers as stored: instants as ISO strings, no undefined fields. */
function toStoredLayers(layers: readonly Layer[]): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(layers)) as Prisma.InputJsonValue;
}

/** A stored schedule's layers, checked and with their instants as Dates. */
export function layersOf(row: Pick<ScheduleRow, "layers">): Layer[] {
  return storedLayers.parse(row.layers);
}

const peopleIds = (layers: readonly Layer[]) => [...new Set(layers.flatMap((l) => l.people))];

/** The users with these ids (active or not), by id. */
export async function findPeople(client: Client, ids: readonly string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const users = await client.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, email: true, isActive: true },
  });
  return new Map(users.map((u) => [u.id, u]));
}

/**
 * Refuses (422, naming each field) people who are not existing, active users: a schedule must never
 * page someone who cannot sign in.
 */
export async function assertActivePeople(client: Client, refs: readonly { id: string; path: string }[]) {
  const people = await findPeople(
    client,
    refs.map((r) => r.id),
  );
  const errors: FieldError[] = refs
    .filter((r) => !people.get(r.id)?.isActive)
    .map((r) => ({
      path: r.path,
      message: people.has(r.id) ? "This person's account is deactivated" : "No such person",
    }));
  if (errors.length)
    throw new AppError("UNPROCESSABLE", "Everyone on a schedule must be an active user", { errors });
}

const layerRefs = (layers: readonly Layer[]) =>
  layers.flatMap((layer, l) => layer.people.map((id, p) => ({ id, path: `layers.${l}.people.${p}` })));

export function toScheduleResponse(row: ScheduleRow, people: Map<string, Person>): ScheduleResponse {
  const layers = layersOf(row);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    timeZone: row.timeZone,
    layers: layers.map((l) => ({ ...l, startsAt: l.startsAt.toISOString() })),
    people: peopleIds(layers).flatMap((id) => {
      const p = people.get(id);
      return p ? [{ id: p.id, name: p.name, email: p.email, isActive: p.isActive }] : [];
    }),
    hasFeed: row.feedTokenHash !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

async function respond(client: Client, row: ScheduleRow) {
  return toScheduleResponse(row, await findPeople(client, peopleIds(layersOf(row))));
}

function nameTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new AppError("CONFLICT", "A schedule with this name exists", {
      errors: [{ path: "name", message: "Already in use" }],
    });
  throw error;
}

/** Creates a schedule with its feed on; the feed's URL (with the token) is returned this once. */
export async function createSchedule(actor: Principal, input: CreateScheduleInput) {
  const feed = generateFeedToken();
  return db
    .$transaction(async (tx) => {
      await assertActivePeople(tx, layerRefs(input.layers));
      const row = await tx.onCallSchedule.create({
        data: {
          name: input.name,
          description: input.description,
          timeZone: input.timeZone,
          layers: toStoredLayers(input.layers),
          feedTokenHash: feed.hash,
          createdById: actor.id,
        },
      });
      const after = await respond(tx, row);
      await recordAudit(tx, {
        actor,
        action: "schedule.create",
        entityType: "schedule",
        entityId: row.id,
        after,
      });
      return { ...after, feedUrl: feedPath(row.id, feed.token) };
    })
    .catch(nameTaken);
}

export async function getScheduleRow(id: string, client: Client = db): Promise<ScheduleRow> {
  const row = await client.onCallSchedule.findUnique({ where: { id } });
  if (!row) throw notFound("The schedule");
  return row;
}

export async function getSchedule(id: string): Promise<ScheduleResponse> {
  return respond(db, await getScheduleRow(id));
}

export async function listSchedules() {
  const rows = await db.onCallSchedule.findMany({ orderBy: { name: "asc" }, take: 500 });
  const people = await findPeople(
    db,
    rows.flatMap((r) => peopleIds(layersOf(r))),
  );
  return { items: rows.map((r) => toScheduleResponse(r, people)) };
}

/**
 * Locks the schedule's row for this transaction after checking the caller read its current version:
 * 404 if it is gone, 409 if someone changed it since. Override and feed writes go through it too, so
 * every change to who is on call moves the schedule's version.
 */
export async function lockSchedule(tx: Tx, id: string, version: number): Promise<ScheduleRow> {
  const rows = await sqlRows<{ id: string }>(
    Prisma.sql`SELECT id FROM oncall_schedules WHERE id = ${id}::uuid FOR UPDATE`,
    { client: tx },
  );
  if (rows.length === 0) throw notFound("The schedule");
  const row = await getScheduleRow(id, tx);
  if (row.version !== version) throw staleVersion("The schedule");
  return row;
}

export async function updateSchedule(actor: Principal, id: string, input: UpdateScheduleInput) {
  return db
    .$transaction(async (tx) => {
      const current = await lockSchedule(tx, id, input.version);
      if (input.layers) await assertActivePeople(tx, layerRefs(input.layers));
      const row = await tx.onCallSchedule.update({
        where: { id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
          ...(input.layers !== undefined ? { layers: toStoredLayers(input.layers) } : {}),
          version: current.version + 1,
        } satisfies Prisma.OnCallScheduleUpdateInput,
      });
      const after = await respond(tx, row);
      await recordAudit(tx, {
        actor,
        action: "schedule.update",
        entityType: "schedule",
        entityId: id,
        before: await respond(tx, current),
        after,
      });
      return after;
    })
    .catch(nameTaken);
}

/** A new feed token (the old one stops working at once), or none (`revoke`): the feed is then 404. */
export async function setFeedToken(
  actor: Principal,
  id: string,
  input: { version: number; revoke: boolean },
) {
  const feed = input.revoke ? null : generateFeedToken();
  return db.$transaction(async (tx) => {
    const current = await lockSchedule(tx, id, input.version);
    const row = await tx.onCallSchedule.update({
      where: { id },
      data: { feedTokenHash: feed?.hash ?? null, version: current.version + 1 },
    });
    await recordAudit(tx, {
      actor,
      action: feed ? "schedule.feed-token.rotate" : "schedule.feed-token.revoke",
      entityType: "schedule",
      entityId: id,
      before: { hasFeed: current.feedTokenHash !== null, version: current.version },
      after: { hasFeed: feed !== null, version: row.version },
    });
    return { feedUrl: feed ? feedPath(id, feed.token) : null, version: row.version };
  });
}

/**
 * The schedule's rules and its overrides overlapping [from, to), as the computation takes them
 * (lib/oncall/final-schedule.ts).
 */
export async function loadSchedule(row: ScheduleRow, window: { from: Date; to: Date }): Promise<Schedule> {
  const overrides = await db.onCallOverride.findMany({
    where: { scheduleId: row.id, endsAt: { gt: window.from }, startsAt: { lt: window.to } },
    // The later of overlapping overrides wins: listed in the order they were made.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { userId: true, startsAt: true, endsAt: true },
  });
  return {
    timeZone: row.timeZone,
    layers: layersOf(row),
    overrides: overrides.map((o) => ({ userId: o.userId, from: o.startsAt, to: o.endsAt })),
  };
}
