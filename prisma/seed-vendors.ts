// Demo vendors with assessment history (one with weak data protection, one overdue, one in its notice
// period) and business functions with DR tests (one slow dependency, one missed RTO, one overdue).
import type { Principal } from "@/lib/auth/principal";
import { createDrTest, createFunction } from "@/lib/continuity/business-functions";
import { db } from "@/lib/db";
import type { Scores } from "@/lib/vendors/assessment-formula";
import { createAssessment, createVendor } from "@/lib/vendors/vendors";

const DAY = 86_400_000;
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const scores = (s: number[]): Scores => {
  const [
    reliability,
    performance,
    scalability,
    dataProtection,
    accessControls,
    financialStability,
    supportQuality,
    contractTerms,
  ] = s as [number, number, number, number, number, number, number, number];
  return {
    reliability,
    performance,
    scalability,
    dataProtection,
    accessControls,
    financialStability,
    supportQuality,
    contractTerms,
  };
};

export async function seedDemoVendors(
  people: { manager: Principal; admin: Principal },
  log: (line: string) => void,
) {
  const now = Date.now();
  const { manager, admin } = people;
  const vendor = async (input: Parameters<typeof createVendor>[1], createdDaysAgo: number) => {
    const v = await createVendor(manager, input);
    await db.vendor.update({
      where: { id: v.id },
      data: { createdAt: new Date(now - createdDaysAgo * DAY) },
    });
    return v;
  };
  const aws = await vendor(
    {
      name: "Amazon Web Services",
      serviceType: "Cloud hosting",
      criticality: "CRITICAL",
      owner: "Platform Team",
      services: ["case-management", "document-storage", "auth", "search"],
      contractStart: "2023-01-01",
      contractEnd: null,
      renewalDate: date(now + 400 * DAY),
      noticePeriodDays: 90,
      recoveryTimeHours: 4,
      certifications: [
        { name: "ISO 27001", expiresAt: date(now + 300 * DAY) },
        { name: "SOC 2 Type II", expiresAt: date(now + 40 * DAY) },
      ],
      notes: "Enterprise support; TAM assigned.",
    },
    900,
  );
  const gov = await vendor(
    {
      name: "GovGateway Connect",
      serviceType: "Government e-filing integration",
      criticality: "CRITICAL",
      owner: "Integrations Team",
      services: ["integration-gateway"],
      contractStart: "2024-06-01",
      contractEnd: date(now + 200 * DAY),
      renewalDate: null,
      noticePeriodDays: 120,
      recoveryTimeHours: 8,
      certifications: [{ name: "ISO 27001", expiresAt: date(now + 500 * DAY) }],
      notes: "Sole provider for e-filing.",
    },
    600,
  );
  const postmark = await vendor(
    {
      name: "Postmark",
      serviceType: "Transactional email",
      criticality: "IMPORTANT",
      owner: "Client Experience Team",
      services: ["notifications"],
      contractStart: "2024-02-01",
      contractEnd: null,
      renewalDate: date(now + 60 * DAY),
      noticePeriodDays: 90,
      recoveryTimeHours: 2,
      certifications: [{ name: "SOC 2 Type II", expiresAt: date(now + 200 * DAY) }],
      notes: "",
    },
    700,
  );
  const stripe = await vendor(
    {
      name: "Stripe",
      serviceType: "Payments",
      criticality: "IMPORTANT",
      owner: "Finance Engineering",
      services: ["billing"],
      contractStart: "2023-05-01",
      contractEnd: null,
      renewalDate: date(now + 250 * DAY),
      noticePeriodDays: 30,
      recoveryTimeHours: 12,
      certifications: [{ name: "PCI DSS Level 1", expiresAt: date(now + 150 * DAY) }],
      notes: "",
    },
    800,
  );
  await vendor(
    {
      name: "StatusBeacon",
      serviceType: "Public status page",
      criticality: "STANDARD",
      owner: "Operations",
      services: [],
      contractStart: "2025-01-01",
      contractEnd: null,
      renewalDate: date(now + 30 * DAY),
      noticePeriodDays: 14,
      recoveryTimeHours: null,
      certifications: [],
      notes: "Never assessed.",
    },
    420,
  );

  const assess = (v: { id: string }, s: number[], certs: string[], daysAgo: number, notes = "") =>
    createAssessment(
      manager,
      v.id,
      { ...scores(s), certifications: certs, notes },
      new Date(now - daysAgo * DAY),
    );
  await assess(aws, [4, 4, 5, 4, 4, 5, 3, 3], ["ISO 27001", "SOC 2 Type II"], 250);
  await assess(
    aws,
    [5, 4, 5, 5, 4, 5, 4, 3],
    ["ISO 27001", "SOC 2 Type II"],
    60,
    "Support improved after the TAM change.",
  );
  await assess(gov, [3, 3, 3, 3, 3, 4, 3, 3], ["ISO 27001"], 300);
  await assess(
    gov,
    [3, 2, 3, 2, 3, 4, 2, 3],
    ["ISO 27001"],
    130,
    "Encryption at rest not confirmed for the staging API.",
  );
  await assess(postmark, [5, 5, 4, 4, 4, 4, 5, 4], ["SOC 2 Type II"], 100);
  await assess(stripe, [5, 5, 5, 5, 5, 5, 4, 3], ["PCI DSS Level 1"], 30);

  const fn = async (input: Parameters<typeof createFunction>[1], createdDaysAgo: number) => {
    const f = await createFunction(admin, input);
    await db.businessFunction.update({
      where: { id: f.id },
      data: { createdAt: new Date(now - createdDaysAgo * DAY) },
    });
    return f;
  };
  const filing = await fn(
    {
      name: "Case filing with government agencies",
      description: "Submitting applications and evidence to agencies before statutory deadlines.",
      criticality: "CRITICAL",
      rtoHours: 4,
      rpoHours: 1,
      dependsOnServices: ["integration-gateway", "case-management"],
      dependsOnVendorIds: [gov.id, aws.id],
      dependsOnFunctionIds: [],
      alternativeProcesses: [
        "Paper filing by courier for deadlines within 48 h",
        "Agency fax line for urgent extensions",
      ],
      keyPersonnel: [{ name: "Priya Shah", role: "Filing lead", backup: "Tom Berger" }],
    },
    400,
  );
  const intake = await fn(
    {
      name: "Client document intake",
      description: "Clients upload evidence; staff review and attach it to cases.",
      criticality: "CRITICAL",
      rtoHours: 8,
      rpoHours: 1,
      dependsOnServices: ["document-storage", "client-portal"],
      dependsOnVendorIds: [aws.id],
      dependsOnFunctionIds: [],
      alternativeProcesses: ["Secure email intake to the case team mailbox"],
      keyPersonnel: [{ name: "Lena Ortiz", role: "Intake coordinator", backup: "Sam Okafor" }],
    },
    400,
  );
  const billing = await fn(
    {
      name: "Billing and trust accounting",
      description: "Invoices, payments and client trust ledgers.",
      criticality: "IMPORTANT",
      rtoHours: 24,
      rpoHours: 4,
      dependsOnServices: ["billing"],
      dependsOnVendorIds: [stripe.id],
      dependsOnFunctionIds: [],
      alternativeProcesses: ["Manual invoices from the accounting system"],
      keyPersonnel: [{ name: "Grace Liu", role: "Finance manager", backup: "Omar Haddad" }],
    },
    400,
  );
  const portal = await fn(
    {
      name: "Neuron Ops portal",
      description: "This portal: incident response, changes and access decisions.",
      criticality: "IMPORTANT",
      rtoHours: 4,
      rpoHours: 1,
      dependsOnServices: [],
      dependsOnVendorIds: [],
      dependsOnFunctionIds: [],
      alternativeProcesses: ["Incident bridge in the chat tool with the handbook's templates"],
      keyPersonnel: [{ name: "Morgan Manager", role: "Ops manager", backup: "Avery Admin" }],
    },
    400,
  );

  const done = (
    f: { id: string },
    type: "BACKUP_RESTORE" | "PARTIAL_DRILL" | "FULL_SIMULATION" | "PLAN_REVIEW",
    daysAgo: number,
    rto: number | null,
    rpo: number | null,
    findings = "",
    followUps: string[] = [],
  ) =>
    createDrTest(
      admin,
      f.id,
      {
        type,
        status: "DONE",
        performedAt: new Date(now - daysAgo * DAY).toISOString(),
        measuredRtoHours: rto,
        measuredRpoHours: rpo,
        findings,
        followUps,
      },
      new Date(now),
    );
  for (const f of [filing, intake, billing, portal])
    await done(f, "BACKUP_RESTORE", 20, 0.5, 0.25, "Restore verified row counts and checksums.");
  await done(
    filing,
    "PARTIAL_DRILL",
    70,
    6,
    0.5,
    "Gateway failover took 6 h: the vendor's standby needed manual activation.",
    ["Ask GovGateway for automatic standby activation", "Pre-authorize the paper-filing courier"],
  );
  await done(intake, "PARTIAL_DRILL", 40, 3, 0.5, "Within targets.");
  await done(intake, "PLAN_REVIEW", 50, null, null, "Contacts updated.");
  await done(portal, "PLAN_REVIEW", 30, null, null, "Backup schedule confirmed hourly.");
  await createDrTest(admin, billing.id, {
    type: "PARTIAL_DRILL",
    status: "PLANNED",
    plannedFor: new Date(now + 14 * DAY).toISOString(),
    measuredRtoHours: null,
    measuredRpoHours: null,
    findings: "",
    followUps: [],
  });
  log("seeded 5 vendors with assessment history and 4 business functions with DR tests");
}
