import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Action, Criticality, Scores } from "@/lib/vendors/assessment-formula";
import { addMonths } from "@/lib/vendors/cadence";
import { runVendorAndContinuityDigest } from "@/lib/vendors/review-digest";
import { createAssessment } from "@/lib/vendors/vendors";
import { createTestService, createTestUser, unique } from "../factories";
import { createFunctionOk } from "../helpers/continuity";
import {
  allScores,
  assessCall,
  createVendorCall,
  createVendorOk,
  dayFromToday,
  getVendorCall,
  listAssessmentsCall,
  listVendorsCall,
  patchVendorCall,
  vendorBody,
} from "../helpers/vendors";

type User = Awaited<ReturnType<typeof createTestUser>>;

const DAY = 86_400_000;
const auditActions = async (vendorId: string) =>
  (
    await db.auditLog.findMany({
      where: { entityType: "vendor", entityId: vendorId },
      orderBy: { id: "asc" },
    })
  ).map((a) => a.action);
const namedLike = (name: string) =>
  db.vendor.count({ where: { name: { equals: name, mode: "insensitive" } } });
const principal = (u: User) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles,
  via: "token" as const,
});
const STEP_LABELS = ["Technical × 40 %", "Security × 35 %", "Business × 25 %", "Overall", "Band", "Floors"];

describe("adding a vendor", () => {
  it("answers 201 with the vendor, its contract watch and no assessment yet, and audits it", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const service = await createTestService();
    const body = vendorBody({
      criticality: "IMPORTANT",
      services: [service.slug.toUpperCase()],
      contractStart: "2025-01-01",
      contractEnd: "2030-12-31",
      renewalDate: "2030-12-31",
      noticePeriodDays: 60,
      recoveryTimeHours: 8,
      certifications: [{ name: "ISO 27001", expiresAt: "2030-06-30" }, { name: "SOC 2" }],
      notes: "Primary mail relay",
    });
    const before = Date.now();
    const res = await createVendorCall(manager.token, body);
    expect(res.status).toBe(201);
    expect(res.vendor).toMatchObject({
      name: body.name,
      criticality: "IMPORTANT",
      services: [service.slug],
      contractStart: "2025-01-01",
      contractEnd: "2030-12-31",
      renewalDate: "2030-12-31",
      noticePeriodDays: 60,
      noticeDeadline: "2030-11-01",
      inNoticePeriod: false,
      recoveryTimeHours: 8,
      certifications: [
        { name: "ISO 27001", expiresAt: "2030-06-30", status: "VALID" },
        { name: "SOC 2", expiresAt: null, status: "VALID" },
      ],
      notes: "Primary mail relay",
      latestAssessment: null,
      lastAssessedAt: null,
      reviewOverdue: false,
      attention: [],
      version: 1,
    });
    // Never assessed: an important vendor is due for review six months after it was added.
    const due = Date.parse(res.vendor.nextReviewDue);
    expect(due).toBeGreaterThanOrEqual(addMonths(new Date(before), 6).getTime());
    expect(due).toBeLessThanOrEqual(addMonths(new Date(), 6).getTime());
    expect((await getVendorCall(manager.token, res.vendor.id)).vendor).toEqual(res.vendor);
    expect(await auditActions(res.vendor.id)).toEqual(["vendor.create"]);
  });

  it("refuses a second vendor of the same name, whatever its case, with 409", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const first = await createVendorOk(manager.token);
    const again = await createVendorCall(manager.token, vendorBody({ name: first.name.toUpperCase() }));
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toBe("application/problem+json");
    expect(again.json.detail).toBe(`A vendor named ${first.name.toUpperCase()} already exists`);
    expect(await namedLike(first.name)).toBe(1);
  });

  it("refuses a service that is not in the catalog with 422 naming the field, and creates nothing", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const service = await createTestService();
    const missing = unique("no-such-svc");
    const body = vendorBody({ services: [service.slug, missing] });
    const res = await createVendorCall(manager.token, body);
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      { path: "services", message: `Not in the service catalog: ${missing}` },
    ]);
    expect(await namedLike(String(body.name))).toBe(0);
  });

  it.each([
    ["an impossible day", { contractStart: "2026-02-30" }, "contractStart"],
    ["a day-first date", { contractEnd: "31/12/2026" }, "contractEnd"],
    ["year 0000", { renewalDate: "0000-12-31" }, "renewalDate"],
    ["a date and time instead of a date", { renewalDate: "2026-12-31T00:00:00Z" }, "renewalDate"],
    [
      "a certification expiry that is not a date",
      { certifications: [{ name: "ISO 27001", expiresAt: "next year" }] },
      "certifications.0.expiresAt",
    ],
    [
      "a contract that ends before it starts",
      { contractStart: "2027-01-01", contractEnd: "2026-12-31" },
      "contractEnd",
    ],
  ])("refuses %s with 422 naming the field, and creates nothing", async (_label, dates, path) => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const body = vendorBody(dates);
    const res = await createVendorCall(manager.token, body);
    expect(res.status).toBe(422);
    expect((res.json.errors as { path: string }[]).map((e) => e.path)).toEqual([path]);
    expect(await namedLike(String(body.name))).toBe(0);
  });
});

describe("editing a vendor", () => {
  it("changes only the fields sent, with the version that was read", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const service = await createTestService();
    const created = await createVendorOk(manager.token, {
      services: [service.slug],
      contractStart: "2025-01-01",
      contractEnd: "2030-12-31",
      renewalDate: "2030-12-31",
      noticePeriodDays: 30,
      recoveryTimeHours: 12,
      certifications: [{ name: "SOC 2", expiresAt: "2030-01-31" }],
      notes: "Negotiated by procurement",
    });
    const res = await patchVendorCall(manager.token, created.id, { version: 1, owner: "Messaging team" });
    expect(res.status).toBe(200);
    expect(res.vendor).toEqual({ ...created, owner: "Messaging team", version: 2 });
    expect((await getVendorCall(manager.token, created.id)).vendor).toEqual(res.vendor);
    expect(await auditActions(created.id)).toEqual(["vendor.create", "vendor.update"]);
  });

  it("clears a date sent as null", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const created = await createVendorOk(manager.token, {
      renewalDate: dayFromToday(30),
      noticePeriodDays: 90,
    });
    expect(created.inNoticePeriod).toBe(true);
    const res = await patchVendorCall(manager.token, created.id, { version: 1, renewalDate: null });
    expect(res.vendor).toMatchObject({
      renewalDate: null,
      noticeDeadline: null,
      inNoticePeriod: false,
      attention: [],
      version: 2,
    });
  });

  it("refuses a stale version with 409 and keeps the first writer's change", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const created = await createVendorOk(manager.token);
    const first = await patchVendorCall(manager.token, created.id, { version: 1, owner: "First owner" });
    const stale = await patchVendorCall(manager.token, created.id, {
      version: 1,
      owner: "Lost update",
      criticality: "CRITICAL",
    });
    expect(first.status).toBe(200);
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toBe(
      "The vendor was changed by someone else since you read it; reload and try again",
    );
    expect((await getVendorCall(manager.token, created.id)).vendor).toEqual(first.vendor);
    expect(await auditActions(created.id)).toEqual(["vendor.create", "vendor.update"]);
  });

  it("refuses a rename to another vendor's name with 409", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const taken = await createVendorOk(manager.token);
    const other = await createVendorOk(manager.token);
    const res = await patchVendorCall(manager.token, other.id, {
      version: 1,
      name: taken.name.toLowerCase(),
    });
    expect(res.status).toBe(409);
    expect((await getVendorCall(manager.token, other.id)).vendor).toEqual(other);
  });

  it("refuses a new end date before the contract's start with 422", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const created = await createVendorOk(manager.token, {
      contractStart: "2027-01-01",
      contractEnd: "2028-12-31",
    });
    const res = await patchVendorCall(manager.token, created.id, { version: 1, contractEnd: "2026-12-31" });
    expect(res.status).toBe(422);
    expect((res.json.errors as { path: string }[]).map((e) => e.path)).toEqual(["contractEnd"]);
    expect((await getVendorCall(manager.token, created.id)).vendor).toEqual(created);
  });
});

describe("listing vendors", () => {
  it("filters by criticality, latest recommended action, attention and text", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const tag = unique("list");
    const ownerTag = unique("owner");
    const kept = await createVendorOk(manager.token, { name: `${tag} Acme`, criticality: "CRITICAL" });
    const weak = await createVendorOk(manager.token, { name: `${tag} Bolt`, criticality: "IMPORTANT" });
    const renewing = await createVendorOk(manager.token, {
      name: `${tag} Cirrus`,
      renewalDate: dayFromToday(30),
      noticePeriodDays: 90,
    });
    const quiet = await createVendorOk(manager.token, { name: `${tag} Delta`, owner: `Team ${ownerTag}` });
    expect(
      (await assessCall(manager.token, kept.id, { ...allScores(5), certifications: ["ISO 27001"] }))
        .assessment.recommendedAction,
    ).toBe("CONTINUE");
    expect((await assessCall(manager.token, weak.id, allScores(2))).assessment.recommendedAction).toBe(
      "REPLACE",
    );

    const names = async (query: Record<string, string>) => {
      const res = await listVendorsCall(manager.token, query);
      expect(res.status).toBe(200);
      return res.vendors.map((v) => v.name);
    };
    // Most critical first, then by name.
    expect(await names({ q: tag })).toEqual([kept.name, weak.name, renewing.name, quiet.name]);
    expect(await names({ q: tag.toUpperCase() })).toEqual([kept.name, weak.name, renewing.name, quiet.name]);
    expect(await names({ q: tag, criticality: "CRITICAL" })).toEqual([kept.name]);
    expect(await names({ q: tag, criticality: "STANDARD" })).toEqual([renewing.name, quiet.name]);
    expect(await names({ q: tag, action: "REPLACE" })).toEqual([weak.name]);
    expect(await names({ q: tag, action: "CONTINUE" })).toEqual([kept.name]);
    expect(await names({ q: tag, action: "REVIEW" })).toEqual([]);
    expect(await names({ q: tag, attention: "true" })).toEqual([weak.name, renewing.name]);
    expect(await names({ q: tag, attention: "false" })).toEqual([
      kept.name,
      weak.name,
      renewing.name,
      quiet.name,
    ]);
    // The text matches the owner and the service type too.
    expect(await names({ q: ownerTag })).toEqual([quiet.name]);

    const attention = (await listVendorsCall(manager.token, { q: tag, attention: "true" })).vendors;
    expect(attention.map((v) => v.attention)).toEqual([
      ["Last assessment: REPLACE"],
      [`In its notice period: renews ${renewing.renewalDate}`],
    ]);
  });

  it.each([
    [{ criticality: "LOW" }, "query.criticality"],
    [{ action: "KEEP" }, "query.action"],
    [{ attention: "yes" }, "query.attention"],
  ])("refuses the filter %o with 422 naming it", async (query, path) => {
    const engineer = await createTestUser(["ENGINEER"]);
    const res = await listVendorsCall(engineer.token, query);
    expect(res.status).toBe(422);
    expect((res.json.errors as { path: string }[]).map((e) => e.path)).toEqual([path]);
  });
});

describe("assessing a vendor", () => {
  const security = (text: string) => `${text} ≤ 2: never CONTINUE`;
  const UNCERTIFIED = "A critical vendor without a current security certification: never CONTINUE";
  const certified = ["ISO 27001"];

  it.each<{
    label: string;
    criticality: Criticality;
    scores: Scores;
    certifications: string[];
    overall: number;
    action: Action;
    floors: string[];
  }>([
    {
      label: "all 5",
      criticality: "STANDARD",
      scores: allScores(5),
      certifications: certified,
      overall: 5,
      action: "CONTINUE",
      floors: [],
    },
    {
      label: "all 4: the CONTINUE band's lower edge",
      criticality: "STANDARD",
      scores: allScores(4),
      certifications: certified,
      overall: 4,
      action: "CONTINUE",
      floors: [],
    },
    {
      label: "just under 4",
      criticality: "STANDARD",
      scores: { ...allScores(4), contractTerms: 3 },
      certifications: certified,
      overall: 3.92,
      action: "REVIEW",
      floors: [],
    },
    {
      label: "all 3: the REVIEW band's lower edge",
      criticality: "STANDARD",
      scores: allScores(3),
      certifications: certified,
      overall: 3,
      action: "REVIEW",
      floors: [],
    },
    {
      label: "just under 3",
      criticality: "STANDARD",
      scores: { ...allScores(3), contractTerms: 2 },
      certifications: certified,
      overall: 2.92,
      action: "REPLACE",
      floors: [],
    },
    {
      label: "all 1",
      criticality: "STANDARD",
      scores: allScores(1),
      certifications: certified,
      overall: 1,
      action: "REPLACE",
      floors: [security("Data protection 1 and Access controls 1")],
    },
    {
      label: "data protection 2, all else 5",
      criticality: "STANDARD",
      scores: { ...allScores(5), dataProtection: 2 },
      certifications: certified,
      overall: 4.47,
      action: "REVIEW",
      floors: [security("Data protection 2")],
    },
    {
      label: "access controls 2, all else 5",
      criticality: "STANDARD",
      scores: { ...allScores(5), accessControls: 2 },
      certifications: certified,
      overall: 4.47,
      action: "REVIEW",
      floors: [security("Access controls 2")],
    },
    {
      label: "data protection 3, all else 5 (no floor)",
      criticality: "STANDARD",
      scores: { ...allScores(5), dataProtection: 3 },
      certifications: certified,
      overall: 4.65,
      action: "CONTINUE",
      floors: [],
    },
    {
      label: "a critical vendor with one 1",
      criticality: "CRITICAL",
      scores: { ...allScores(5), supportQuality: 1 },
      certifications: certified,
      overall: 4.67,
      action: "REPLACE",
      floors: ["A critical vendor scored 1 on Support quality: REPLACE"],
    },
    {
      label: "a standard vendor with the same scores",
      criticality: "STANDARD",
      scores: { ...allScores(5), supportQuality: 1 },
      certifications: certified,
      overall: 4.67,
      action: "CONTINUE",
      floors: [],
    },
    {
      label: "a critical vendor without certifications, all 5",
      criticality: "CRITICAL",
      scores: allScores(5),
      certifications: [],
      overall: 5,
      action: "REVIEW",
      floors: [UNCERTIFIED],
    },
    {
      label: "a critical vendor without certifications, all 3",
      criticality: "CRITICAL",
      scores: allScores(3),
      certifications: [],
      overall: 3,
      action: "REVIEW",
      floors: [UNCERTIFIED],
    },
    {
      label: "a critical vendor without certifications, all 2",
      criticality: "CRITICAL",
      scores: allScores(2),
      certifications: [],
      overall: 2,
      action: "REPLACE",
      floors: [security("Data protection 2 and Access controls 2"), UNCERTIFIED],
    },
    {
      label: "an important vendor without certifications",
      criticality: "IMPORTANT",
      scores: allScores(5),
      certifications: [],
      overall: 5,
      action: "CONTINUE",
      floors: [],
    },
  ])(
    "$label ($criticality) → $overall, $action",
    async ({ criticality, scores, certifications, overall, action, floors }) => {
      const manager = await createTestUser(["OPS_MANAGER"]);
      const vendor = await createVendorOk(manager.token, { criticality });
      const res = await assessCall(manager.token, vendor.id, {
        ...scores,
        certifications,
        notes: "Quarterly review",
      });
      expect(res.status).toBe(201);
      expect(res.assessment).toMatchObject({
        vendorId: vendor.id,
        assessedBy: { id: manager.id, name: manager.name },
        scores,
        certifications,
        overallScore: overall,
        recommendedAction: action,
        formulaVersion: "vendor-2026-11-v1",
        notes: "Quarterly review",
      });
      expect(res.assessment.explanation.floors).toEqual(floors);
      expect(res.assessment.explanation.steps.map((s) => s.label)).toEqual(STEP_LABELS);
      expect(res.assessment.explanation.steps.find((s) => s.label === "Overall")?.detail).toMatch(
        new RegExp(`= ${overall.toFixed(2)} of 5$`),
      );
      expect(res.assessment.explanation.steps.at(-1)?.detail).toBe(
        floors.length ? `${floors.join("; ")} → ${action}` : "none apply",
      );

      const after = (await getVendorCall(manager.token, vendor.id)).vendor;
      expect(after.latestAssessment).toEqual(res.assessment);
      expect(after.attention).toEqual(action === "CONTINUE" ? [] : [`Last assessment: ${action}`]);
    },
  );

  it.each([
    ["reliability", 0, "1 to 5"],
    ["contractTerms", 6, "1 to 5"],
    ["dataProtection", 3.5, "Whole numbers 1–5"],
    ["accessControls", "4", "Invalid input: expected number, received string"],
  ] as const)(
    "refuses %s = %o with 422 naming the score, and records nothing",
    async (name, value, message) => {
      const manager = await createTestUser(["OPS_MANAGER"]);
      const vendor = await createVendorOk(manager.token);
      const res = await assessCall(manager.token, vendor.id, { ...allScores(4), [name]: value });
      expect(res.status).toBe(422);
      expect(res.json.errors).toEqual([{ path: name, message }]);
      expect((await listAssessmentsCall(manager.token, vendor.id)).assessments).toEqual([]);
      expect((await getVendorCall(manager.token, vendor.id)).vendor).toEqual(vendor);
    },
  );

  it("keeps the history newest first, moves the vendor's latest result and audits each assessment", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const engineer = await createTestUser(["ENGINEER"]);
    const vendor = await createVendorOk(manager.token, { criticality: "CRITICAL" });
    const first = (await assessCall(manager.token, vendor.id, allScores(2))).assessment;
    const second = (
      await assessCall(manager.token, vendor.id, { ...allScores(3), certifications: ["SOC 2"] })
    ).assessment;
    const third = (
      await assessCall(manager.token, vendor.id, {
        ...allScores(5),
        certifications: ["SOC 2", "SOC 2", "ISO 27001"],
      })
    ).assessment;
    expect(third.certifications).toEqual(["SOC 2", "ISO 27001"]);

    // Anyone may read the trend.
    const history = await listAssessmentsCall(engineer.token, vendor.id);
    expect(history.status).toBe(200);
    expect(history.assessments.map((a) => [a.id, a.recommendedAction, a.overallScore])).toEqual([
      [third.id, "CONTINUE", 5],
      [second.id, "REVIEW", 3],
      [first.id, "REPLACE", 2],
    ]);
    expect(history.assessments[0]).toEqual(third);

    const after = (await getVendorCall(engineer.token, vendor.id)).vendor;
    expect(after.latestAssessment).toEqual(third);
    expect(after.lastAssessedAt).toBe(third.assessedAt);
    expect(after.nextReviewDue).toBe(addMonths(new Date(third.assessedAt), 3).toISOString());
    expect(after.version).toBe(4);
    expect(after.attention).toEqual([]);

    const audits = await db.auditLog.findMany({
      where: { entityType: "vendor", entityId: vendor.id, action: "vendor.assess" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.actorId, (a.after as { id: string }).id])).toEqual([
      [manager.id, first.id],
      [manager.id, second.id],
      [manager.id, third.id],
    ]);
  });
});

describe("review cadence and contract watch", () => {
  const certifiedFives = { ...allScores(5), certifications: ["ISO 27001"], notes: "" };

  it("a critical vendor last assessed three months and a day ago is overdue, until it is assessed again", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const now = new Date();
    const overdueAt = new Date(addMonths(now, -3).getTime() - DAY);
    const freshAt = new Date(addMonths(now, -3).getTime() + DAY);
    const overdue = await createVendorOk(manager.token, { criticality: "CRITICAL" });
    const fresh = await createVendorOk(manager.token, { criticality: "CRITICAL" });
    await createAssessment(principal(manager), overdue.id, certifiedFives, overdueAt);
    await createAssessment(principal(manager), fresh.id, certifiedFives, freshAt);

    const late = (await getVendorCall(manager.token, overdue.id)).vendor;
    const due = addMonths(overdueAt, 3);
    expect(due.getTime()).toBeLessThan(now.getTime());
    expect(late).toMatchObject({
      lastAssessedAt: overdueAt.toISOString(),
      nextReviewDue: due.toISOString(),
      reviewOverdue: true,
    });
    expect(late.attention).toEqual([`Review overdue since ${due.toISOString().slice(0, 10)}`]);

    const onTime = (await getVendorCall(manager.token, fresh.id)).vendor;
    expect(Date.parse(onTime.nextReviewDue)).toBeGreaterThan(Date.now());
    expect(onTime).toMatchObject({
      lastAssessedAt: freshAt.toISOString(),
      nextReviewDue: addMonths(freshAt, 3).toISOString(),
      reviewOverdue: false,
      attention: [],
    });

    const reassessed = await assessCall(manager.token, overdue.id, certifiedFives);
    expect((await getVendorCall(manager.token, overdue.id)).vendor).toMatchObject({
      lastAssessedAt: reassessed.assessment.assessedAt,
      nextReviewDue: addMonths(new Date(reassessed.assessment.assessedAt), 3).toISOString(),
      reviewOverdue: false,
      attention: [],
    });
  });

  it("a vendor never assessed is due one interval after it was added", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const vendor = await createVendorOk(manager.token, { criticality: "STANDARD" });
    const addedAt = new Date(addMonths(new Date(), -12).getTime() - DAY);
    await db.vendor.update({ where: { id: vendor.id }, data: { createdAt: addedAt } });
    const res = (await getVendorCall(manager.token, vendor.id)).vendor;
    expect(res).toMatchObject({
      lastAssessedAt: null,
      nextReviewDue: addMonths(addedAt, 12).toISOString(),
      reviewOverdue: true,
    });
    expect(res.attention).toEqual([
      `Review overdue since ${addMonths(addedAt, 12).toISOString().slice(0, 10)}`,
    ]);
  });

  it.each([
    [
      "renews in 30 days, 90 days' notice",
      { renewalDate: dayFromToday(30), noticePeriodDays: 90 },
      true,
      dayFromToday(30 - 90),
    ],
    [
      "renews in 120 days, 90 days' notice",
      { renewalDate: dayFromToday(120), noticePeriodDays: 90 },
      false,
      dayFromToday(30),
    ],
    [
      "no renewal date, ends in 10 days, 30 days' notice",
      { contractEnd: dayFromToday(10), noticePeriodDays: 30 },
      true,
      dayFromToday(-20),
    ],
    ["renewed yesterday", { renewalDate: dayFromToday(-1), noticePeriodDays: 90 }, false, dayFromToday(-91)],
  ])("a contract that %s: in its notice period %s", async (_label, contract, inNotice, deadline) => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const vendor = await createVendorOk(manager.token, contract);
    expect(vendor).toMatchObject({ inNoticePeriod: inNotice, noticeDeadline: deadline });
    const renews = vendor.renewalDate ?? vendor.contractEnd;
    expect(vendor.attention).toEqual(inNotice ? [`In its notice period: renews ${renews}`] : []);
    expect((await getVendorCall(manager.token, vendor.id)).vendor.inNoticePeriod).toBe(inNotice);
  });

  it("marks certifications expiring within 60 days and expired ones, and asks for attention", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const expiring = dayFromToday(30);
    const expired = dayFromToday(-1);
    const vendor = await createVendorOk(manager.token, {
      certifications: [
        { name: "ISO 27001", expiresAt: expiring },
        { name: "SOC 2", expiresAt: dayFromToday(90) },
        { name: "PCI DSS", expiresAt: expired },
        { name: "Cyber Essentials", expiresAt: null },
      ],
    });
    expect(vendor.certifications.map((c) => [c.name, c.status])).toEqual([
      ["ISO 27001", "EXPIRING"],
      ["SOC 2", "VALID"],
      ["PCI DSS", "EXPIRED"],
      ["Cyber Essentials", "VALID"],
    ]);
    expect(vendor.attention).toEqual([`ISO 27001 expires ${expiring}`, `PCI DSS expired ${expired}`]);
    expect(
      (await listVendorsCall(manager.token, { q: vendor.name, attention: "true" })).vendors.map((v) => v.id),
    ).toEqual([vendor.id]);
  });
});

describe("the daily vendor and continuity digest", () => {
  const digestsOf = (user: User) =>
    db.notification.findMany({
      where: { userId: user.id, kind: "VENDOR_CONTINUITY_DIGEST" },
      orderBy: { createdAt: "asc" },
    });

  it("tells active ops managers and admins, once a day, what the vendors page and the DR schedule show", async () => {
    const manager = await createTestUser(["OPS_MANAGER"]);
    const admin = await createTestUser(["ADMIN"]);
    const engineer = await createTestUser(["ENGINEER"]);
    const departed = await createTestUser(["OPS_MANAGER"]);
    await db.user.update({ where: { id: departed.id }, data: { isActive: false } });
    await createVendorOk(manager.token, {
      criticality: "CRITICAL",
      renewalDate: dayFromToday(20),
      noticePeriodDays: 30,
    });
    // Added today: its first backup restore is due in a month.
    const fn = await createFunctionOk(manager.token);

    const now = new Date();
    const attention = (await listVendorsCall(manager.token, { attention: "true" })).vendors;
    const recipients = await db.user.count({
      where: { isActive: true, roles: { hasSome: ["OPS_MANAGER", "ADMIN"] } },
    });
    expect(await runVendorAndContinuityDigest(now)).toBe(recipients);
    const [today] = await digestsOf(manager);
    expect(today).toMatchObject({
      title: `${attention.length === 1 ? "1 vendor needs" : `${attention.length} vendors need`} attention, 0 DR tests overdue`,
      body: attention
        .slice(0, 10)
        .map((v) => `${v.name}: ${v.attention.join("; ")}`)
        .join("\n"),
      link: "/vendors?attention=true",
    });
    expect((await digestsOf(admin)).map((n) => n.title)).toEqual([today!.title]);
    expect(await digestsOf(engineer)).toEqual([]);
    expect(await digestsOf(departed)).toEqual([]);

    // Again the same day: nobody is told twice.
    expect(await runVendorAndContinuityDigest(now)).toBe(0);
    expect(await digestsOf(manager)).toHaveLength(1);
    expect(await digestsOf(admin)).toHaveLength(1);

    // Forty days on, a new day: the function's monthly backup restore is overdue then.
    const later = new Date(now.getTime() + 40 * DAY);
    expect(await runVendorAndContinuityDigest(later)).toBe(recipients);
    const latest = (await digestsOf(manager)).at(-1)!;
    expect(latest.title).toMatch(/ vendors? needs? attention, 1 DR test overdue$/);
    expect(latest.body.split("\n").at(-1)).toBe(`DR test overdue — ${fn.name}: Backup restore`);
    expect(await digestsOf(manager)).toHaveLength(2);
    expect(await digestsOf(engineer)).toEqual([]);
  });
});
