// Helpers for the backup and restore tests: plain pg access to any database on the test server, a new
// empty database, the audit chain read back, and a portal filled with realistic data.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createAccessRequest, decideAccessRequest } from "@/lib/access/access-requests";
import type { Principal } from "@/lib/auth/principal";
import { recordSignInAttempt } from "@/lib/auth/sign-in-attempts";
import { createFreeze } from "@/lib/changes/change-freezes";
import { voteOnChange } from "@/lib/changes/vote-on-change";
import { db } from "@/lib/db";
import { ensureDatabase } from "@/lib/db/embedded-postgres";
import { runEscalationSweep } from "@/lib/incidents/escalate";
import { postIncidentUpdate } from "@/lib/incidents/incident-updates";
import { savePostmortem } from "@/lib/incidents/postmortem";
import { updateIncident } from "@/lib/incidents/update-incident";
import { createSecurityEvent } from "@/lib/security/security-events";
import { readAuditChain } from "../../scripts/lib/audit-chain";
import {
  createTestChange,
  createTestIncident,
  createTestService,
  createTestUser,
  unique,
} from "../factories";

const DAY = 86_400_000;
// COPY's escaping and the backup file's `\.` end marker meet every character that needs care here.
export const AWKWARD =
  "Tabs\there, a line that is only a backslash and a dot:\n\\.\nback\\slash, \"quotes\", 'single', café ✓ 日本, emoji 🚑";

export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// A new, empty database on the test server (CREATE DATABASE through its `postgres` database).
export async function emptyDatabase(): Promise<string> {
  const admin = process.env.TEST_ADMIN_DATABASE_URL!;
  const name = `neuron_restore_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

// Every index of `public` with its definition (the restore drops secondary ones and builds them again).
export const indexes = (url: string) =>
  withClient(
    url,
    async (c) =>
      (
        await c.query<{ indexname: string; indexdef: string }>(
          "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
        )
      ).rows,
  );

export const count = (url: string, table: string) =>
  withClient(url, async (c) =>
    Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n),
  );

export const auditChain = (url: string) => withClient(url, readAuditChain);

// Realistic data through the portal's own functions, so every write is audited as in production.
export async function fillPortal() {
  const as = (u: Awaited<ReturnType<typeof createTestUser>>): Principal => ({ ...u, via: "token" });
  const engineer = as(await createTestUser(["ENGINEER"], { name: "Zoë O'Brien-Šimek" }));
  const manager = as(await createTestUser(["OPS_MANAGER"]));
  const [cab1, cab2] = [as(await createTestUser(["CAB_MEMBER"])), as(await createTestUser(["CAB_MEMBER"]))];
  const security = as(await createTestUser(["SECURITY"]));
  await createTestUser(["EXECUTIVE"]);
  const services = [
    await createTestService({ tier: "CRITICAL" }),
    await createTestService(),
    await createTestService({ description: AWKWARD }),
  ];
  const slugs = services.map((s) => s.slug);

  // Incidents: history with updates, resolution and post-mortem; open ones of every severity.
  const now = Date.now();
  for (let i = 0; i < 4; i++) {
    const createdAt = new Date(now - (10 - i) * DAY);
    const incident = await createTestIncident(
      engineer,
      {
        severity: i % 2 ? "P2" : "P1",
        affectedServices: [slugs[i % 3]!],
        description: i === 0 ? AWKWARD : "Users see errors",
      },
      createdAt,
    );
    const acked = await updateIncident(
      engineer,
      incident.key,
      { version: 1, status: "IN_PROGRESS", assignedTo: engineer.id },
      new Date(createdAt.getTime() + 5 * 60_000),
    );
    await postIncidentUpdate(engineer, incident.key, {
      impact: "Sign-in slow for some users",
      currentActions: ["Rolling back", "Watching error rate"],
      workaround: null,
      nextUpdateAt: new Date(now + 3_600_000).toISOString(),
      public: i === 0,
    });
    const resolvedAt = new Date(createdAt.getTime() + 2 * 3_600_000);
    const resolved = await updateIncident(
      engineer,
      incident.key,
      { version: acked.version, status: "RESOLVED", resolution: "Reverted the release." },
      resolvedAt,
    );
    await savePostmortem(
      manager,
      incident.key,
      {
        version: resolved.version,
        rootCause: "A configuration change halved the connection pool.",
        resolution: "Pool size restored.",
        lessonsLearned: AWKWARD,
        preventionMeasures: [
          {
            description: "Alert on pool saturation",
            ownerId: engineer.id,
            dueDate: new Date(now + 30 * DAY).toISOString().slice(0, 10),
          },
        ],
      },
      new Date(resolvedAt.getTime() + 3_600_000),
    );
  }
  for (const severity of ["P1", "P2", "P3", "P4"] as const)
    await createTestIncident(engineer, { severity, affectedServices: [slugs[0]!] });
  await runEscalationSweep(new Date(now + 2 * DAY)); // escalations and notifications

  // Changes: submitted, voted by the CAB, and a freeze.
  for (let i = 0; i < 2; i++) {
    const change = await createTestChange(
      engineer,
      {
        services: [slugs[1]!],
        category: "NORMAL",
        riskAnswers: {
          rollbackTested: "NO",
          changeSize: "LARGE",
          dataMigration: "NONE",
          offHoursDependency: "NO",
          priorFailures: "NO",
        },
      },
      { submit: true },
    );
    if (change.status === "IN_CAB_REVIEW")
      await voteOnChange(cab1, change.key, { decision: "APPROVE", comment: "Fine" });
    if (i === 0 && change.status === "IN_CAB_REVIEW")
      await voteOnChange(cab2, change.key, { decision: "APPROVE", comment: AWKWARD });
  }
  await createFreeze(manager, {
    title: "Quarter-end freeze",
    startsAt: new Date(now + 40 * DAY).toISOString(),
    endsAt: new Date(now + 47 * DAY).toISOString(),
    environments: ["PRODUCTION"],
  });

  // Access, security events, sign-in attempts and an idempotent create.
  const request = await createAccessRequest(engineer, {
    accessType: "READ",
    resources: ["logs:auth"],
    justification: "Investigating the sign-in incident.",
    durationDays: 7,
  });
  await decideAccessRequest(security, request.id, { decision: "APPROVE", comment: "Read only" });
  await createSecurityEvent(security, {
    type: "ANOMALY",
    severity: "HIGH",
    source: "siem",
    summary: "Odd download volume",
    details: { bytes: 4_500_000_000, nested: { list: [1, "two", null] }, text: AWKWARD },
  });
  for (let i = 0; i < 3; i++)
    await recordSignInAttempt({
      email: `${unique("who")}@example.test`,
      userId: null,
      clientIp: "198.51.100.7",
      success: false,
      reason: "UNKNOWN_ACCOUNT",
    });
  const key = unique("idem");
  await db.idempotencyKey.create({
    data: {
      userId: engineer.id,
      key,
      requestHash: "f".repeat(64),
      responseStatus: 201,
      responseBody: { ok: true },
      entityType: "incident",
      entityId: "INC-2026-0001",
    },
  });
}
