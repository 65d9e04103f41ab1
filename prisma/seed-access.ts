// Demo access requests and security events: pending, approved (one expiring soon), an ADMIN request
// half-approved, denied and expired ones; events from outside tools, the portal's own records, and an
// anomaly raised by the failed-sign-in rule from a burst of bad passwords.
import { createAccessRequest, decideAccessRequest } from "@/lib/access/access-requests";
import { expireDueGrants } from "@/lib/access/expiry-schedule";
import type { Principal } from "@/lib/auth/principal";
import { recordSignInAttempt } from "@/lib/auth/sign-in-attempts";
import { db } from "@/lib/db";
import { createSecurityEvent } from "@/lib/security/security-events";

const DAY = 86_400_000;

type People = {
  engineer: Principal;
  engineer2: Principal;
  manager: Principal;
  security: Principal;
  security2: Principal;
  admin: Principal;
};

export async function seedDemoAccess(people: People, log: (line: string) => void) {
  const { engineer, engineer2, manager, security, security2, admin } = people;
  const now = Date.now();
  await createAccessRequest(engineer, {
    accessType: "READ",
    resources: ["logs:case-management", "grafana:case-dashboards"],
    justification: "Investigating slow case searches reported by the practice team.",
    durationDays: 14,
  });
  const billing = await createAccessRequest(engineer2, {
    accessType: "WRITE",
    resources: ["db:billing (replica)"],
    justification: "Backfill of invoice numbers after the numbering change.",
    durationDays: 7,
  });
  await decideAccessRequest(security, billing.id, {
    decision: "APPROVE",
    comment: "Replica only; remove when the backfill is done.",
    expiresAt: new Date(now + 5 * DAY).toISOString(),
  });
  const adminRequest = await createAccessRequest(manager, {
    requestedFor: engineer.id,
    accessType: "ADMIN",
    resources: ["k8s:production/case-management"],
    justification: "On-call lead for the case database migration weekend.",
    durationDays: 3,
  });
  await decideAccessRequest(security, adminRequest.id, {
    decision: "APPROVE",
    comment: "Approved for the migration weekend; needs a second approver.",
  });
  const denied = await createAccessRequest(engineer2, {
    accessType: "ADMIN",
    resources: ["aws:root"],
    justification: "Would make debugging faster across accounts.",
    durationDays: 30,
  });
  await decideAccessRequest(security2, denied.id, {
    decision: "DENY",
    comment: "Root access is never granted; request the specific role you need.",
  });
  const old = await createAccessRequest(engineer, {
    accessType: "READ",
    resources: ["s3:document-storage-audit"],
    justification: "Quarterly evidence export for the auditors.",
    durationDays: 3,
  });
  await decideAccessRequest(admin, old.id, { decision: "APPROVE", comment: "" }, new Date(now - 10 * DAY));
  await expireDueGrants(new Date(now));

  // Events from outside tools (recorded as a monitoring integration would, with a token).
  const tool: Principal = { ...security, via: "token" };
  const outside = [
    {
      type: "ANOMALY",
      severity: "CRITICAL",
      source: "dlp-gateway",
      summary: "4.2 GB downloaded from document storage by svc-reporting in 10 minutes",
      user: undefined,
      details: { bytes: 4_500_000_000, account: "svc-reporting", bucket: "client-documents" },
    },
    {
      type: "LOGIN_ATTEMPT",
      severity: "HIGH",
      source: "vpn",
      summary: "VPN sign-in for engineer2@neuron.test from a new country (BR)",
      user: "engineer2@neuron.test",
      details: { country: "BR", ip: "203.0.113.40" },
    },
    {
      type: "SYSTEM_CHANGE",
      severity: "MEDIUM",
      source: "cloudtrail",
      summary: "Security group sg-0a1 opened port 5432 to 0.0.0.0/0",
      user: undefined,
      details: { group: "sg-0a1", port: 5432 },
    },
    {
      type: "DATA_ACCESS",
      severity: "LOW",
      source: "db-audit",
      summary: "Bulk export of the billing ledger by the finance report job",
      user: undefined,
      details: { rows: 120_000 },
    },
  ] as const;
  for (const [i, e] of outside.entries()) {
    await createSecurityEvent(tool, {
      type: e.type,
      severity: e.severity,
      source: e.source,
      summary: e.summary,
      user: e.user,
      details: e.details,
      at: new Date(now - (i + 1) * 3 * 3_600_000).toISOString(),
    });
  }
  // A burst of bad passwords for an account that does not exist: the detection rule raises an anomaly.
  for (let i = 0; i < 6; i++)
    await recordSignInAttempt({
      email: "intruder@example.com",
      userId: null,
      clientIp: "198.51.100.23",
      success: false,
      reason: "UNKNOWN_ACCOUNT",
    });
  // Some triage already done.
  const resolved = await db.securityEvent.findFirst({ where: { source: "db-audit" } });
  if (resolved)
    await db.securityEvent.update({
      where: { id: resolved.id },
      data: {
        investigated: true,
        resolved: true,
        notes: "Expected: the monthly finance export.",
        version: { increment: 1 },
      },
    });
  log(
    "seeded 5 access requests (1 pending ADMIN with one approval, 1 expiring soon, 1 expired) and security events",
  );
}
