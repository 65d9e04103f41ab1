// Demo incident history: three months of incidents through the real domain functions (so keys, clocks,
// timelines and the audit log are as the portal would have made them), plus a few open right now.
import type { Principal } from "@/lib/auth/principal";
import { createIncident } from "@/lib/incidents/create-incident";
import { postIncidentUpdate } from "@/lib/incidents/incident-updates";
import { savePostmortem } from "@/lib/incidents/postmortem";
import type { Severity } from "@/lib/incidents/sla";
import { updateIncident } from "@/lib/incidents/update-incident";
import { demoPostmortem } from "./seed-postmortems";

const TITLES: [string, string[], Severity][] = [
  ["Sign-in failing with 500 errors", ["auth"], "P1"],
  ["Case search returns stale results", ["search", "case-management"], "P3"],
  ["Document uploads time out over 20 MB", ["document-storage", "client-portal"], "P2"],
  ["Invoice PDF shows wrong currency symbol", ["billing"], "P4"],
  ["E-filing gateway rejects submissions", ["integration-gateway"], "P1"],
  ["Notification emails delayed by 40 minutes", ["notifications"], "P3"],
  ["Client portal slow during peak hours", ["client-portal"], "P2"],
  ["Monthly report export missing last day", ["reporting"], "P3"],
  ["Sandbox certificates expired", ["dev-sandbox"], "P4"],
  ["Case deadlines calendar off by one day", ["case-management"], "P2"],
  ["Payment webhook retries piling up", ["billing"], "P3"],
  ["SSO login loop for Azure AD tenants", ["auth"], "P2"],
];

const HOUR = 3_600_000;
const MINUTE = 60_000;

export async function seedDemoIncidents(
  people: { engineer: Principal; engineer2: Principal; manager: Principal },
  log: (line: string) => void,
) {
  const now = Date.now();
  const { engineer, engineer2, manager } = people;
  let count = 0;
  // History: resolved and closed incidents over the last 90 days, a mix of fast and slow responses.
  for (let i = 0; i < 48; i++) {
    const [title, services, severity] = TITLES[i % TITLES.length]!;
    const createdAt = new Date(now - (90 - i * 1.8) * 24 * HOUR);
    const reporter = i % 2 ? engineer : engineer2;
    const incident = await createIncident(
      reporter,
      {
        title,
        description: `${title}. Reported by monitoring.`,
        severity,
        affectedServices: services,
        impact: severity === "P1" ? "OUTAGE" : "DEGRADED",
      },
      createdAt,
    );
    const ackAfter = (i % 5 === 0 ? 2.5 : 0.4) * { P1: 15, P2: 60, P3: 240, P4: 1440 }[severity] * MINUTE;
    const acked = await updateIncident(
      reporter,
      incident.key,
      { version: 1, status: "IN_PROGRESS" },
      new Date(createdAt.getTime() + ackAfter),
    );
    const resolveAfter = (i % 7 === 0 ? 1.4 : 0.5) * { P1: 4, P2: 24, P3: 72, P4: 168 }[severity] * HOUR;
    const resolvedAt = new Date(createdAt.getTime() + resolveAfter);
    const resolved = await updateIncident(
      reporter,
      incident.key,
      { version: acked.version, status: "RESOLVED", resolution: "Root cause fixed and verified." },
      resolvedAt,
    );
    let version = resolved.version;
    if (severity === "P1" || severity === "P2") {
      const { measure, ...written } = demoPostmortem(title, Math.floor(i / TITLES.length));
      const pm = await savePostmortem(
        manager,
        incident.key,
        {
          version,
          ...written,
          preventionMeasures: [
            {
              description: measure,
              ownerId: reporter.id,
              dueDate: new Date(resolvedAt.getTime() + 30 * 24 * HOUR).toISOString().slice(0, 10),
            },
          ],
        },
        new Date(resolvedAt.getTime() + 24 * HOUR),
      );
      version = pm.version;
    }
    if (i < 44)
      await updateIncident(
        manager,
        incident.key,
        { version, status: "CLOSED" },
        new Date(resolvedAt.getTime() + 2 * 24 * HOUR),
      );
    count++;
  }
  // Open right now: a fresh P1, a P2 being worked with an update out, an unowned P3 and an old P4.
  const p1 = await createIncident(
    engineer,
    {
      title: "Case Management API returning 503",
      description: "Error rate above 30 % on case endpoints since the last deploy.",
      severity: "P1",
      affectedServices: ["case-management"],
      impact: "OUTAGE",
    },
    new Date(now - 6 * MINUTE),
  );
  const p2 = await createIncident(
    engineer2,
    {
      title: "Document previews failing for PDFs",
      description: "Preview service throws on PDF/A files.",
      severity: "P2",
      affectedServices: ["document-storage"],
      impact: "DEGRADED",
    },
    new Date(now - 50 * MINUTE),
  );
  await updateIncident(engineer2, p2.key, { version: 1, status: "IN_PROGRESS" }, new Date(now - 35 * MINUTE));
  await postIncidentUpdate(
    engineer2,
    p2.key,
    {
      impact: "PDF previews unavailable; downloads work",
      currentActions: ["Rolling back preview service", "Checking PDF/A parser"],
      workaround: "Download the file instead of previewing it",
      nextUpdateAt: new Date(now + 25 * MINUTE).toISOString(),
      public: true,
    },
    new Date(now - 30 * MINUTE),
  );
  await createIncident(
    engineer,
    {
      title: "Search suggestions missing accented names",
      description: "Names with diacritics do not appear in suggestions.",
      severity: "P3",
      affectedServices: ["search"],
      impact: "DEGRADED",
    },
    new Date(now - 3 * HOUR),
  );
  await createIncident(
    engineer2,
    {
      title: "Footer link to privacy policy broken",
      description: "404 on the client portal footer link.",
      severity: "P4",
      affectedServices: ["client-portal"],
      impact: "NONE",
    },
    new Date(now - 4 * 24 * HOUR),
  );
  log(`seeded ${count + 4} incidents (${p1.key} is an open P1)`);
}
