// Business functions (business impact analysis) and their DR tests: dependencies checked against the
// function's RTO, the handbook's DR test schedule, and measured RTO/RPO against the targets.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import {
  DR_TEST_LABELS,
  drSchedule,
  measureAgainstTargets,
  SERVICE_TIER_RTO_HOURS,
  slowDependencies,
  type Dependency,
} from "@/lib/continuity/rules";
import type {
  CompleteDrTestInput,
  CreateDrTestInput,
  CreateFunctionInput,
  DrTestResponse,
  FunctionResponse,
  UpdateFunctionInput,
} from "@/lib/continuity/schemas";
import { db, type Tx } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { onlyColumns } from "@/lib/db/columns";
import { AppError, notFound } from "@/lib/errors";
import { assertServicesExist } from "@/lib/incidents/create-incident";

type FunctionRow = Prisma.BusinessFunctionGetPayload<object>;
const functionCreate = onlyColumns<Prisma.BusinessFunctionUncheckedCreateInput>();
const functionUpdate = onlyColumns<Prisma.BusinessFunctionUncheckedUpdateInput>();
type DrTestRow = Prisma.DrTestGetPayload<object>;
type Client = Tx | typeof db;

export function toDrTestResponse(
  t: DrTestRow,
  fn: { name: string; rtoHours: number; rpoHours: number },
): DrTestResponse {
  const met =
    t.status === "DONE"
      ? measureAgainstTargets(fn, { rtoHours: t.measuredRtoHours, rpoHours: t.measuredRpoHours })
      : { rtoMet: null, rpoMet: null };
  return {
    id: t.id,
    functionId: t.functionId,
    functionName: fn.name,
    type: t.type,
    status: t.status,
    plannedFor: t.plannedFor.toISOString(),
    performedAt: t.performedAt?.toISOString() ?? null,
    measuredRtoHours: t.measuredRtoHours,
    measuredRpoHours: t.measuredRpoHours,
    targetRtoHours: fn.rtoHours,
    targetRpoHours: fn.rpoHours,
    ...met,
    findings: t.findings,
    followUps: t.followUps,
    version: t.version,
  };
}

async function dependenciesOf(client: Client, row: FunctionRow): Promise<Dependency[]> {
  const [services, vendors, functions] = [
    await client.service.findMany({
      where: { slug: { in: row.dependsOnServices } },
      select: { slug: true, name: true, tier: true },
    }),
    await client.vendor.findMany({
      where: { id: { in: row.dependsOnVendorIds } },
      select: { id: true, name: true, recoveryTimeHours: true },
    }),
    await client.businessFunction.findMany({
      where: { id: { in: row.dependsOnFunctionIds } },
      select: { id: true, name: true, rtoHours: true },
    }),
  ];
  return [
    ...services.map((s) => ({
      kind: "SERVICE" as const,
      id: s.slug,
      name: s.name,
      recoveryHours: SERVICE_TIER_RTO_HOURS[s.tier],
    })),
    ...vendors.map((v) => ({
      kind: "VENDOR" as const,
      id: v.id,
      name: v.name,
      recoveryHours: v.recoveryTimeHours,
    })),
    ...functions.map((f) => ({
      kind: "FUNCTION" as const,
      id: f.id,
      name: f.name,
      recoveryHours: f.rtoHours,
    })),
  ];
}

export async function toFunctionResponse(
  client: Client,
  row: FunctionRow,
  now = new Date(),
): Promise<FunctionResponse> {
  const deps = await dependenciesOf(client, row);
  const { slow, unknown } = slowDependencies(row.rtoHours, deps);
  const tests = await client.drTest.findMany({
    where: { functionId: row.id },
    orderBy: [{ plannedFor: "desc" }],
    take: 200,
  });
  const schedule = drSchedule(tests, row.createdAt, now);
  const recent = tests.slice(0, 20).map((t) => toDrTestResponse(t, row));
  const flags = [
    ...slow.map(
      (d) =>
        `${d.name} (${d.kind.toLowerCase()}) recovers in ${d.recoveryHours} h, ${d.byHours} h more than this function's ${row.rtoHours} h RTO`,
    ),
    ...schedule
      .filter((s) => s.overdue)
      .map((s) => `${DR_TEST_LABELS[s.type]} overdue since ${s.dueAt.toISOString().slice(0, 10)}`),
    ...recent
      .filter((t) => t.rtoMet === false)
      .slice(0, 3)
      .map(
        (t) =>
          `${DR_TEST_LABELS[t.type]} on ${t.performedAt!.slice(0, 10)} missed the RTO: ${t.measuredRtoHours} h > ${t.targetRtoHours} h`,
      ),
    ...recent
      .filter((t) => t.rpoMet === false)
      .slice(0, 3)
      .map(
        (t) =>
          `${DR_TEST_LABELS[t.type]} on ${t.performedAt!.slice(0, 10)} missed the RPO: ${t.measuredRpoHours} h > ${t.targetRpoHours} h`,
      ),
  ];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    criticality: row.criticality,
    rtoHours: row.rtoHours,
    rpoHours: row.rpoHours,
    dependencies: deps,
    slowDependencies: slow,
    unknownRecovery: unknown,
    alternativeProcesses: row.alternativeProcesses,
    keyPersonnel: row.keyPersonnel as FunctionResponse["keyPersonnel"],
    drSchedule: schedule.map((s) => ({
      type: s.type,
      lastDone: s.lastDone?.toISOString() ?? null,
      dueAt: s.dueAt.toISOString(),
      overdue: s.overdue,
      planned: s.planned?.toISOString() ?? null,
    })),
    recentTests: recent,
    flags,
    version: row.version,
  };
}

export async function listFunctions(now = new Date()) {
  const rows = await db.businessFunction.findMany({
    orderBy: [{ criticality: "asc" }, { name: "asc" }],
    take: 500,
  });
  const items: FunctionResponse[] = [];
  for (const row of rows) items.push(await toFunctionResponse(db, row, now));
  return { items };
}

export async function getFunction(id: string) {
  const row = await db.businessFunction.findUnique({ where: { id } });
  if (!row) throw notFound("Business function");
  return toFunctionResponse(db, row);
}

async function checkReferences(
  tx: Tx,
  input: { dependsOnServices?: string[]; dependsOnVendorIds?: string[]; dependsOnFunctionIds?: string[] },
  selfId?: string,
) {
  const services = input.dependsOnServices
    ? await assertServicesExist(tx, input.dependsOnServices, "dependsOnServices")
    : undefined;
  const vendorIds = input.dependsOnVendorIds ? [...new Set(input.dependsOnVendorIds)] : undefined;
  if (
    vendorIds?.length &&
    (await tx.vendor.count({ where: { id: { in: vendorIds } } })) !== vendorIds.length
  ) {
    throw new AppError("UNPROCESSABLE", "A vendor dependency does not exist", {
      errors: [{ path: "dependsOnVendorIds", message: "Unknown vendor" }],
    });
  }
  const functionIds = input.dependsOnFunctionIds ? [...new Set(input.dependsOnFunctionIds)] : undefined;
  if (functionIds && selfId && functionIds.includes(selfId))
    throw new AppError("UNPROCESSABLE", "A function cannot depend on itself", {
      errors: [{ path: "dependsOnFunctionIds", message: "Not itself" }],
    });
  if (
    functionIds?.length &&
    (await tx.businessFunction.count({ where: { id: { in: functionIds } } })) !== functionIds.length
  ) {
    throw new AppError("UNPROCESSABLE", "A function dependency does not exist", {
      errors: [{ path: "dependsOnFunctionIds", message: "Unknown business function" }],
    });
  }
  return { services, vendorIds, functionIds };
}

async function uniqueName(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.businessFunction.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", `A business function named ${name} already exists`);
}

export async function createFunction(
  actor: Principal,
  input: CreateFunctionInput,
): Promise<FunctionResponse> {
  return db.$transaction(async (tx) => {
    await uniqueName(tx, input.name);
    const refs = await checkReferences(tx, input);
    const row = await tx.businessFunction.create({
      data: {
        ...functionCreate(input),
        dependsOnServices: refs.services ?? [],
        dependsOnVendorIds: refs.vendorIds ?? [],
        dependsOnFunctionIds: refs.functionIds ?? [],
        keyPersonnel: input.keyPersonnel,
      },
    });
    const response = await toFunctionResponse(tx, row);
    await recordAudit(tx, {
      actor,
      action: "business_function.create",
      entityType: "business_function",
      entityId: row.id,
      after: response,
    });
    return response;
  });
}

export async function updateFunction(
  actor: Principal,
  id: string,
  input: UpdateFunctionInput,
): Promise<FunctionResponse> {
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM business_functions WHERE id = ${id}::uuid FOR UPDATE`, {
      client: tx,
    });
    const current = await tx.businessFunction.findUnique({ where: { id } });
    if (!current) throw notFound("Business function");
    if (current.version !== input.version)
      throw new AppError(
        "CONFLICT",
        "The business function was changed by someone else since you read it; reload and try again",
      );
    if (input.name && input.name !== current.name) await uniqueName(tx, input.name, id);
    const refs = await checkReferences(tx, input, id);
    const before = await toFunctionResponse(tx, current);
    const { version: _version, ...fields } = input;
    void _version;
    const row = await tx.businessFunction.update({
      where: { id },
      data: {
        ...functionUpdate(fields),
        dependsOnServices: refs.services,
        dependsOnVendorIds: refs.vendorIds,
        dependsOnFunctionIds: refs.functionIds,
        keyPersonnel: input.keyPersonnel,
        version: current.version + 1,
      },
    });
    const after = await toFunctionResponse(tx, row);
    await recordAudit(tx, {
      actor,
      action: "business_function.update",
      entityType: "business_function",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function listDrTests(functionId: string) {
  const fn = await db.businessFunction.findUnique({ where: { id: functionId } });
  if (!fn) throw notFound("Business function");
  const rows = await db.drTest.findMany({
    where: { functionId },
    orderBy: { plannedFor: "desc" },
    take: 500,
  });
  return { items: rows.map((t) => toDrTestResponse(t, fn)) };
}

export async function createDrTest(
  actor: Principal | null,
  functionId: string,
  input: CreateDrTestInput,
  now = new Date(),
): Promise<DrTestResponse> {
  return db.$transaction(async (tx) => {
    const fn = await tx.businessFunction.findUnique({ where: { id: functionId } });
    if (!fn) throw notFound("Business function");
    const performedAt =
      input.status === "DONE" ? (input.performedAt ? new Date(input.performedAt) : now) : null;
    if (performedAt && performedAt.getTime() > now.getTime() + 60_000)
      throw new AppError("UNPROCESSABLE", "A test that was run cannot have been run in the future", {
        errors: [{ path: "performedAt", message: "In the future" }],
      });
    const row = await tx.drTest.create({
      data: {
        functionId,
        type: input.type,
        status: input.status,
        plannedFor: input.plannedFor ? new Date(input.plannedFor) : (performedAt ?? now),
        performedAt,
        measuredRtoHours: input.status === "DONE" ? input.measuredRtoHours : null,
        measuredRpoHours: input.status === "DONE" ? input.measuredRpoHours : null,
        findings: input.findings,
        followUps: input.followUps,
        recordedById: actor?.id ?? null,
      },
    });
    const response = toDrTestResponse(row, fn);
    await recordAudit(tx, {
      actor: actor ?? { id: null, email: "system" },
      action: "dr_test.create",
      entityType: "dr_test",
      entityId: row.id,
      after: response,
    });
    return response;
  });
}

export async function completeDrTest(
  actor: Principal,
  id: string,
  input: CompleteDrTestInput,
  now = new Date(),
): Promise<DrTestResponse> {
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM dr_tests WHERE id = ${id}::uuid FOR UPDATE`, { client: tx });
    const current = await tx.drTest.findUnique({ where: { id }, include: { function: true } });
    if (!current) throw notFound("DR test");
    if (current.version !== input.version)
      throw new AppError(
        "CONFLICT",
        "The DR test was changed by someone else since you read it; reload and try again",
      );
    if (current.status === "DONE")
      throw new AppError("UNPROCESSABLE", "This DR test is already recorded as done");
    if (current.type !== "PLAN_REVIEW" && input.measuredRtoHours === null)
      throw new AppError("UNPROCESSABLE", "A test that was run records the recovery time it measured", {
        errors: [{ path: "measuredRtoHours", message: "Required" }],
      });
    const performedAt = input.performedAt ? new Date(input.performedAt) : now;
    if (performedAt.getTime() > now.getTime() + 60_000)
      throw new AppError("UNPROCESSABLE", "A test that was run cannot have been run in the future", {
        errors: [{ path: "performedAt", message: "In the future" }],
      });
    const row = await tx.drTest.update({
      where: { id },
      data: {
        status: "DONE",
        performedAt,
        measuredRtoHours: input.measuredRtoHours,
        measuredRpoHours: input.measuredRpoHours,
        findings: input.findings,
        followUps: input.followUps,
        version: current.version + 1,
      },
    });
    const after = toDrTestResponse(row, current.function);
    await recordAudit(tx, {
      actor,
      action: "dr_test.complete",
      entityType: "dr_test",
      entityId: id,
      before: toDrTestResponse(current, current.function),
      after,
    });
    return after;
  });
}
