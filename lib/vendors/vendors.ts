// Vendors and their assessments. Each assessment is scored by the versioned formula and kept; the
// vendor shows its latest result, its review cadence and what needs attention.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Tx } from "@/lib/db";
import { sqlExecute } from "@/lib/db/sql";
import { onlyColumns } from "@/lib/db/columns";
import { AppError, notFound } from "@/lib/errors";
import { assertServicesExist } from "@/lib/incidents/create-incident";
import { assessVendor, SCORE_NAMES, type Scores } from "@/lib/vendors/assessment-formula";
import {
  certificationStatus,
  isInNoticePeriod,
  isReviewOverdue,
  nextReviewDue,
  noticeDeadline,
  type Certification,
} from "@/lib/vendors/cadence";
import {
  contractEndsAfterStart,
  type AssessmentResponse,
  type CreateAssessmentInput,
  type CreateVendorInput,
  type UpdateVendorInput,
  type VendorResponse,
} from "@/lib/vendors/schemas";
import { likeLiteral } from "@/lib/api/like";

type VendorRow = Prisma.VendorGetPayload<object>;
const vendorCreate = onlyColumns<Prisma.VendorUncheckedCreateInput>();
const vendorUpdate = onlyColumns<Prisma.VendorUncheckedUpdateInput>();
const assessmentCreate = onlyColumns<Prisma.VendorAssessmentUncheckedCreateInput>();
type AssessmentRow = Prisma.VendorAssessmentGetPayload<object> & {
  assessedBy?: { id: string; name: string } | null;
};

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const toDate = (v: string | null | undefined) =>
  v ? new Date(`${v}T00:00:00Z`) : v === null ? null : undefined;

export function toAssessmentResponse(row: AssessmentRow): AssessmentResponse {
  return {
    id: row.id,
    vendorId: row.vendorId,
    assessedAt: row.assessedAt.toISOString(),
    assessedBy: row.assessedBy ?? null,
    scores: Object.fromEntries(SCORE_NAMES.map((n) => [n, row[n]])),
    certifications: row.certifications,
    overallScore: row.overallScore,
    recommendedAction: row.recommendedAction,
    formulaVersion: row.formulaVersion,
    explanation: row.explanation as AssessmentResponse["explanation"],
    notes: row.notes,
  };
}

export function toVendorResponse(
  row: VendorRow,
  latest: AssessmentRow | null,
  now = new Date(),
): VendorResponse {
  const certs = (row.certifications as Certification[]).map((c) => ({
    name: c.name,
    expiresAt: c.expiresAt,
    status: certificationStatus(c, now),
  }));
  const due = nextReviewDue(row.criticality, row.lastAssessedAt, row.createdAt);
  const renewal = row.renewalDate ?? row.contractEnd;
  const inNotice = isInNoticePeriod(renewal, row.noticePeriodDays, now);
  const attention: string[] = [];
  if (isReviewOverdue(due, now)) attention.push(`Review overdue since ${day(due)}`);
  if (inNotice) attention.push(`In its notice period: renews ${day(renewal)}`);
  for (const c of certs)
    if (c.status !== "VALID")
      attention.push(`${c.name} ${c.status === "EXPIRED" ? "expired" : "expires"} ${c.expiresAt}`);
  if (latest && latest.recommendedAction !== "CONTINUE")
    attention.push(`Last assessment: ${latest.recommendedAction}`);
  return {
    id: row.id,
    name: row.name,
    serviceType: row.serviceType,
    criticality: row.criticality,
    owner: row.owner,
    services: row.services,
    contractStart: day(row.contractStart),
    contractEnd: day(row.contractEnd),
    renewalDate: day(row.renewalDate),
    noticePeriodDays: row.noticePeriodDays,
    recoveryTimeHours: row.recoveryTimeHours,
    certifications: certs,
    notes: row.notes,
    latestAssessment: latest ? toAssessmentResponse(latest) : null,
    lastAssessedAt: row.lastAssessedAt?.toISOString() ?? null,
    nextReviewDue: due.toISOString(),
    reviewOverdue: isReviewOverdue(due, now),
    noticeDeadline: day(noticeDeadline(renewal, row.noticePeriodDays)),
    inNoticePeriod: inNotice,
    attention,
    version: row.version,
  };
}

// Assessments keep the assessor's id, not a relation: their names are looked up in one query.
async function withAssessors(client: Tx | typeof db, rows: AssessmentRow[]): Promise<AssessmentRow[]> {
  if (rows.length === 0) return [];
  const people = await client.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.assessedById))] } },
    select: { id: true, name: true },
  });
  return rows.map((r) => ({ ...r, assessedBy: people.find((p) => p.id === r.assessedById) ?? null }));
}

async function latestOf(client: Tx | typeof db, vendorId: string): Promise<AssessmentRow | null> {
  const row = await client.vendorAssessment.findFirst({
    where: { vendorId },
    orderBy: { assessedAt: "desc" },
  });
  return row ? ((await withAssessors(client, [row]))[0] ?? null) : null;
}

export async function listVendors(
  query: { criticality?: string; action?: string; attention?: string; reviewOverdue?: string; q?: string },
  now = new Date(),
) {
  const rows = await db.vendor.findMany({
    where: {
      ...(query.criticality ? { criticality: query.criticality as VendorRow["criticality"] } : {}),
      ...(query.q
        ? {
            OR: [
              { name: { contains: likeLiteral(query.q), mode: "insensitive" } },
              { serviceType: { contains: likeLiteral(query.q), mode: "insensitive" } },
              { owner: { contains: likeLiteral(query.q), mode: "insensitive" } },
            ],
          }
        : {}),
    },
    include: { assessments: { orderBy: { assessedAt: "desc" }, take: 1 } },
    orderBy: [{ criticality: "asc" }, { name: "asc" }],
    take: 1000,
  });
  const latest = new Map(
    (
      await withAssessors(
        db,
        rows.flatMap((r) => r.assessments),
      )
    ).map((a) => [a.vendorId, a]),
  );
  let items = rows.map((r) => toVendorResponse(r, latest.get(r.id) ?? null, now));
  // UNASSESSED and reviewOverdue are the executive dashboard's vendor figures, counted the same way.
  if (query.action === "UNASSESSED") items = items.filter((v) => v.latestAssessment === null);
  else if (query.action) items = items.filter((v) => v.latestAssessment?.recommendedAction === query.action);
  if (query.reviewOverdue === "true") items = items.filter((v) => v.reviewOverdue);
  if (query.attention === "true") items = items.filter((v) => v.attention.length > 0);
  return { items };
}

export async function getVendor(id: string, now = new Date()) {
  const row = await db.vendor.findUnique({ where: { id } });
  if (!row) throw notFound("Vendor");
  return toVendorResponse(row, await latestOf(db, id), now);
}

export async function listAssessments(vendorId: string) {
  if (!(await db.vendor.findUnique({ where: { id: vendorId }, select: { id: true } })))
    throw notFound("Vendor");
  const rows = await db.vendorAssessment.findMany({
    where: { vendorId },
    orderBy: { assessedAt: "desc" },
    take: 200,
  });
  return { items: (await withAssessors(db, rows)).map(toAssessmentResponse) };
}

async function uniqueName(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.vendor.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", `A vendor named ${name} already exists`);
}

export async function createVendor(actor: Principal, input: CreateVendorInput): Promise<VendorResponse> {
  return db.$transaction(async (tx) => {
    await uniqueName(tx, input.name);
    const services = await assertServicesExist(tx, input.services, "services");
    const row = await tx.vendor.create({
      data: {
        ...vendorCreate(input),
        services,
        contractStart: toDate(input.contractStart),
        contractEnd: toDate(input.contractEnd),
        renewalDate: toDate(input.renewalDate),
        certifications: input.certifications,
      },
    });
    const response = toVendorResponse(row, null);
    await recordAudit(tx, {
      actor,
      action: "vendor.create",
      entityType: "vendor",
      entityId: row.id,
      after: response,
    });
    return response;
  });
}

export async function updateVendor(
  actor: Principal,
  id: string,
  input: UpdateVendorInput,
): Promise<VendorResponse> {
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM vendors WHERE id = ${id}::uuid FOR UPDATE`, { client: tx });
    const current = await tx.vendor.findUnique({ where: { id } });
    if (!current) throw notFound("Vendor");
    if (current.version !== input.version)
      throw new AppError(
        "CONFLICT",
        "The vendor was changed by someone else since you read it; reload and try again",
      );
    if (input.name && input.name !== current.name) await uniqueName(tx, input.name, id);
    // The schema checks the dates sent together; this checks a new date against the stored other one.
    const contract = {
      contractStart: input.contractStart === undefined ? day(current.contractStart) : input.contractStart,
      contractEnd: input.contractEnd === undefined ? day(current.contractEnd) : input.contractEnd,
    };
    if (!contractEndsAfterStart(contract)) {
      throw new AppError("UNPROCESSABLE", "The contract cannot end before it starts", {
        errors: [{ path: "contractEnd", message: "The contract cannot end before it starts" }],
      });
    }
    const services = input.services ? await assertServicesExist(tx, input.services, "services") : undefined;
    const { version: _version, ...fields } = input;
    void _version;
    const row = await tx.vendor.update({
      where: { id },
      data: {
        ...vendorUpdate(fields),
        services,
        contractStart: toDate(input.contractStart),
        contractEnd: toDate(input.contractEnd),
        renewalDate: toDate(input.renewalDate),
        certifications: input.certifications,
        version: current.version + 1,
      },
    });
    const latest = await latestOf(tx, id);
    const after = toVendorResponse(row, latest);
    await recordAudit(tx, {
      actor,
      action: "vendor.update",
      entityType: "vendor",
      entityId: id,
      before: toVendorResponse(current, latest),
      after,
    });
    return after;
  });
}

export async function createAssessment(
  actor: Principal,
  vendorId: string,
  input: CreateAssessmentInput,
  now = new Date(),
): Promise<AssessmentResponse> {
  return db.$transaction(async (tx) => {
    await sqlExecute(Prisma.sql`SELECT 1 FROM vendors WHERE id = ${vendorId}::uuid FOR UPDATE`, {
      client: tx,
    });
    const vendor = await tx.vendor.findUnique({ where: { id: vendorId } });
    if (!vendor) throw notFound("Vendor");
    const scores = Object.fromEntries(SCORE_NAMES.map((n) => [n, input[n]])) as Scores;
    const certifications = [...new Set(input.certifications)];
    const result = assessVendor(scores, vendor.criticality, certifications);
    const row = await tx.vendorAssessment.create({
      data: {
        vendorId,
        assessedById: actor.id,
        assessedAt: now,
        ...assessmentCreate(scores),
        certifications,
        overallScore: result.overallScore,
        recommendedAction: result.recommendedAction,
        formulaVersion: result.version,
        explanation: { groups: result.groups, floors: result.floors, steps: result.steps },
        notes: input.notes,
      },
    });
    await tx.vendor.update({
      where: { id: vendorId },
      data: { lastAssessedAt: now, version: vendor.version + 1 },
    });
    const response = toAssessmentResponse({ ...row, assessedBy: { id: actor.id, name: actor.name } });
    await recordAudit(tx, {
      actor,
      action: "vendor.assess",
      entityType: "vendor",
      entityId: vendorId,
      after: response,
    });
    return response;
  });
}
