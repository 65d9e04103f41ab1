// Factories make unique data so tests never depend on order. They go through the domain functions,
// so what they create is audited like real data.
import { randomBytes } from "node:crypto";
import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/auth/permissions";
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
  const user = await createUser(SYSTEM_ACTOR, { email, name: overrides.name ?? `Test ${roles.join(" ")}`, password: TEST_PASSWORD, roles });
  const token = await createApiToken({ id: user.id, email: user.email }, { name: "test" });
  return { ...user, roles, token: token.token, tokenId: token.id };
}

export function serviceInput(overrides: Partial<CreateServiceInput> = {}): CreateServiceInput {
  const slug = overrides.slug ?? unique("svc");
  return { slug, name: `Service ${slug}`, owner: "Test Team", tier: "STANDARD", description: "", ...overrides };
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
