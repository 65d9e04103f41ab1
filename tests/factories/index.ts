// Factories make unique data so tests never depend on order. They go through the domain functions,
// so what they create is audited like real data.
import { randomBytes } from "node:crypto";
import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/auth/permissions";
import { createChange } from "@/lib/changes/create-change";
import type { CreateChangeInput } from "@/lib/changes/schemas";
import { submitChange } from "@/lib/changes/submit-change";
import { createIncident } from "@/lib/incidents/create-incident";
import type { CreateIncidentInput } from "@/lib/incidents/schemas";
import { createService } from "@/lib/services/create-service";
import type { CreateServiceInput } from "@/lib/services/schemas";
import { createApiToken } from "@/lib/tokens/token-data";
import { createUser } from "@/lib/users/create-user";

export const unique = (prefix = "t") => `${prefix}-${randomBytes(4).toString("hex")}`;

export const TEST_PASSWORD = "correct-horse-battery";

export async function createTestUser(roles: Role[], overrides: { email?: string; name?: string } = {}) {
  const email = overrides.email ?? `${unique(roles.join("-").toLowerCase())}@example.test`;
  const user = await createUser(SYSTEM_ACTOR, {
    email,
    name: overrides.name ?? `Test ${roles.join(" ")}`,
    password: TEST_PASSWORD,
    roles,
  });
  const token = await createApiToken({ id: user.id, email: user.email }, { name: "test" });
  return { ...user, roles, token: token.token, tokenId: token.id };
}

export function serviceInput(overrides: Partial<CreateServiceInput> = {}): CreateServiceInput {
  const slug = overrides.slug ?? unique("svc");
  return {
    slug,
    name: `Service ${slug}`,
    owner: "Test Team",
    tier: "STANDARD",
    description: "",
    ...overrides,
  };
}

export async function createTestService(overrides: Partial<CreateServiceInput> = {}) {
  return createService(SYSTEM_ACTOR, serviceInput(overrides));
}

export async function createTestIncident(
  reporter: { id: string; email: string; name: string; roles: Role[] },
  overrides: Partial<CreateIncidentInput> = {},
  now?: Date,
) {
  const input: CreateIncidentInput = {
    title: `Incident ${unique("inc")}`,
    description: "Users see errors",
    severity: "P3",
    affectedServices: [],
    impact: "DEGRADED",
    ...overrides,
  };
  return createIncident({ ...reporter, via: "token" }, input, now);
}

// The next Tuesday (UTC) strictly after `from`, 10:00–11:00: inside the production window.
export function nextProductionWindow(from = new Date(), hours = 1) {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  const start = new Date(day.getTime() + 10 * 3_600_000);
  return {
    plannedStart: start.toISOString(),
    plannedEnd: new Date(start.getTime() + hours * 3_600_000).toISOString(),
  };
}

export function changeInput(
  services: string[],
  overrides: Partial<CreateChangeInput> = {},
): CreateChangeInput {
  return {
    title: `Change ${unique("chg")}`,
    description: "Upgrade the thing",
    category: "NORMAL",
    environment: "PRODUCTION",
    services,
    ...nextProductionWindow(),
    implementationPlan: "Deploy with the pipeline",
    rollbackPlan: "Redeploy the previous release",
    verificationPlan: "Watch the dashboards",
    riskAnswers: {
      rollbackTested: "YES",
      changeSize: "SMALL",
      dataMigration: "NONE",
      offHoursDependency: "NO",
      priorFailures: "NO",
    },
    ...overrides,
  };
}

// A change raised by `requester` (a draft), optionally submitted. Its service is created for it.
export async function createTestChange(
  requester: { id: string; email: string; name: string; roles: Role[] },
  overrides: Partial<CreateChangeInput> = {},
  options: { submit?: boolean } = {},
) {
  const services = overrides.services ?? [(await createTestService()).slug];
  const actor = { ...requester, via: "token" as const };
  const draft = await createChange(actor, changeInput(services, overrides));
  return options.submit ? submitChange(actor, draft.key, draft.version) : draft;
}
