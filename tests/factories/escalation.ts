// Escalation policy factories: a service of its own per policy (one policy per scope), through the domain
// functions (so audited like real data).
import type { Principal } from "@/lib/auth/principal";
import type { CreatePolicyInput } from "@/lib/escalation/api-schemas";
import { createPolicy } from "@/lib/escalation/policies";
import { createTestService, unique } from "./index";

/** A one-step policy paging `userId` for the service `serviceSlug`, waiting 15 minutes. */
export function policyInput(
  serviceSlug: string,
  userId: string,
  overrides: Partial<CreatePolicyInput> = {},
): CreatePolicyInput {
  return {
    name: unique("Policy"),
    scope: { serviceSlug },
    steps: [{ targets: [{ kind: "user", userId }], waitMinutes: 15 }],
    repeat: 0,
    ...overrides,
  };
}

/** A new service and its policy, created as an admin. */
export async function createTestPolicy(
  actor: { id: string; email: string; name?: string },
  overrides: Partial<CreatePolicyInput> = {},
) {
  const service = await createTestService();
  const principal: Principal = { name: "Test", ...actor, roles: ["ADMIN"], via: "token" };
  return createPolicy(principal, policyInput(service.slug, actor.id, overrides));
}
