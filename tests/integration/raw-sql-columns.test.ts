// The incident lists read incidents with raw SQL (lib/incidents/incident-sql.ts) into rows typed by hand:
// this checks that column list against the database and against Prisma's model, so a renamed column or
// field (or an alias pointing at the wrong column) fails here rather than as a wrong page in production.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlRows } from "@/lib/db/sql";
import { INCIDENT_COLUMNS, INCIDENT_JOINS } from "@/lib/incidents/incident-sql";
import { createTestChange, createTestIncident, createTestUser } from "../factories";

// Keys of the raw row that are not columns of incidents: joined people, counts and nested lists.
const COMPUTED = ["reportedBy", "integration", "assignedTo", "updateCount", "causedByChange", "actionItems"];

async function incidentColumns(): Promise<Set<string>> {
  const rows = await sqlRows<{ column_name: string }>(
    Prisma.sql`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'incidents'`,
  );
  return new Set(rows.map((r) => r.column_name));
}

describe("the raw incident column list", () => {
  it("names only columns the incidents table has", async () => {
    const columns = await incidentColumns();
    const named = [...INCIDENT_COLUMNS.sql.matchAll(/\bi\.([a-z_]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((c) => !columns.has(c))).toEqual([]);
  });

  it("reads every field under Prisma's name with Prisma's value", async () => {
    const reporter = await createTestUser(["ENGINEER"]);
    const assignee = await createTestUser(["ENGINEER"]);
    const change = await createTestChange(reporter);
    const created = await createTestIncident(reporter, { severity: "P2" });
    const now = new Date();
    // Every nullable column filled, so a swapped alias cannot hide behind two NULLs.
    await db.incident.update({
      where: { key: created.key },
      data: {
        status: "RESOLVED",
        assignedToId: assignee.id,
        acknowledgedAt: new Date(now.getTime() - 3000),
        resolvedAt: new Date(now.getTime() - 2000),
        closedAt: new Date(now.getTime() - 1000),
        nextUpdateDueAt: new Date(now.getTime() + 1000),
        rootCause: "root cause text",
        resolution: "resolution text",
        lessonsLearned: "lessons text",
        postmortemAt: new Date(now.getTime() - 500),
        causedByChangeId: (await db.change.findUniqueOrThrow({ where: { key: change.key } })).id,
      },
    });
    const prismaRow = await db.incident.findUniqueOrThrow({ where: { key: created.key } });
    const [raw] = await sqlRows<Record<string, unknown>>(
      Prisma.sql`SELECT ${INCIDENT_COLUMNS} FROM incidents i ${INCIDENT_JOINS} WHERE i.key = ${created.key}`,
    );
    expect(raw, "the list SQL finds the incident").toBeDefined();

    const fields = new Set<string>(Object.values(Prisma.IncidentScalarFieldEnum));
    const scalarKeys = Object.keys(raw!).filter((k) => !COMPUTED.includes(k));
    expect(
      scalarKeys.filter((k) => !fields.has(k)),
      "raw keys that are not Prisma fields",
    ).toEqual([]);
    for (const key of scalarKeys) expect(raw![key], key).toEqual((prismaRow as Record<string, unknown>)[key]);
    expect(raw!.assignedTo).toEqual({ id: assignee.id, name: assignee.name });
    expect(raw!.reportedBy).toEqual({ id: reporter.id, name: reporter.name });
    expect(raw!.integration).toBeNull();
    expect(raw!.causedByChange).toEqual({ key: change.key, title: change.title });
  });
});
