// The demo data set (`npm run db:seed`, and `npm run demo` on an empty database). Demo credentials exist
// only here; a production start never runs this.
import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import type { Principal } from "@/lib/auth/principal";
import { seedDemoAccess } from "./seed-access";
import { seedDemoChanges } from "./seed-changes";
import { seedDemoIncidents } from "./seed-incidents";
import { seedDemoEscalation } from "./seed-escalation";
import { seedDemoOnCall } from "./seed-oncall";
import { seedDemoPerformance } from "./seed-performance";
import { seedDemoVendors } from "./seed-vendors";
import type { Role } from "@/lib/auth/permissions";
import { createService } from "@/lib/services/create-service";
import type { CreateServiceInput } from "@/lib/services/schemas";
import { countUsers, createUser } from "@/lib/users/create-user";

export const DEMO_PASSWORD = "neuron-demo";

export const DEMO_USERS: { email: string; name: string; roles: Role[] }[] = [
  { email: "engineer@neuron.test", name: "Erin Engineer", roles: ["ENGINEER"] },
  { email: "engineer2@neuron.test", name: "Eli Engineer", roles: ["ENGINEER"] },
  { email: "manager@neuron.test", name: "Morgan Manager", roles: ["OPS_MANAGER"] },
  { email: "cab1@neuron.test", name: "Casey CAB", roles: ["CAB_MEMBER"] },
  { email: "cab2@neuron.test", name: "Cameron CAB", roles: ["CAB_MEMBER"] },
  { email: "cab3@neuron.test", name: "Charlie CAB", roles: ["CAB_MEMBER"] },
  { email: "security@neuron.test", name: "Sam Security", roles: ["SECURITY"] },
  { email: "security2@neuron.test", name: "Sasha Security", roles: ["SECURITY"] },
  { email: "executive@neuron.test", name: "Alex Executive", roles: ["EXECUTIVE"] },
  { email: "admin@neuron.test", name: "Avery Admin", roles: ["ADMIN"] },
];

export const DEMO_SERVICES: CreateServiceInput[] = [
  {
    slug: "auth",
    name: "User Authentication",
    owner: "Identity Team",
    tier: "CRITICAL",
    description: "Sign-in, sessions and SSO for practitioners and clients.",
  },
  {
    slug: "case-management",
    name: "Case Management",
    owner: "Case Platform Team",
    tier: "CRITICAL",
    description: "Immigration cases, deadlines and filings.",
  },
  {
    slug: "document-storage",
    name: "Document Storage",
    owner: "Platform Team",
    tier: "CRITICAL",
    description: "Encrypted storage of client documents and evidence.",
  },
  {
    slug: "client-portal",
    name: "Client Portal",
    owner: "Client Experience Team",
    tier: "STANDARD",
    description: "Where clients follow their case and upload documents.",
  },
  {
    slug: "billing",
    name: "Billing",
    owner: "Finance Engineering",
    tier: "STANDARD",
    description: "Invoices, payments and trust accounting.",
  },
  {
    slug: "search",
    name: "Search",
    owner: "Platform Team",
    tier: "STANDARD",
    description: "Full-text search across cases and documents.",
  },
  {
    slug: "notifications",
    name: "Notifications",
    owner: "Client Experience Team",
    tier: "STANDARD",
    description: "Email, SMS and in-app notifications.",
  },
  {
    slug: "reporting",
    name: "Reporting",
    owner: "Data Team",
    tier: "STANDARD",
    description: "Practice reports and exports.",
  },
  {
    slug: "integration-gateway",
    name: "Integration Gateway",
    owner: "Integrations Team",
    tier: "CRITICAL",
    description: "Government e-filing and partner APIs.",
  },
  {
    slug: "dev-sandbox",
    name: "Developer Sandbox",
    owner: "DevOps Team",
    tier: "DEVELOPMENT",
    description: "Shared sandbox for integration testing.",
  },
];

export async function seedDemo(log: (line: string) => void = console.log) {
  const users = new Map<string, Principal>();
  for (const user of DEMO_USERS) {
    const created = await createUser(SYSTEM_ACTOR, { ...user, password: DEMO_PASSWORD });
    users.set(user.email, { ...created, via: "session" });
  }
  log(`seeded ${DEMO_USERS.length} demo users`);
  for (const service of DEMO_SERVICES) await createService(SYSTEM_ACTOR, service);
  log(`seeded ${DEMO_SERVICES.length} services`);
  const person = (email: string) => users.get(email)!;
  const people = {
    engineer: person("engineer@neuron.test"),
    engineer2: person("engineer2@neuron.test"),
    manager: person("manager@neuron.test"),
    cab1: person("cab1@neuron.test"),
    cab2: person("cab2@neuron.test"),
    cab3: person("cab3@neuron.test"),
    security: person("security@neuron.test"),
    security2: person("security2@neuron.test"),
    admin: person("admin@neuron.test"),
  };
  await seedDemoIncidents(people, log);
  await seedDemoChanges(people, log);
  await seedDemoAccess(people, log);
  await seedDemoVendors(people, log);
  await seedDemoOnCall(people, log);
  await seedDemoEscalation(people, log);
  await seedDemoPerformance(log);
}

export async function seedDemoIfEmpty(log: (line: string) => void = console.log): Promise<boolean> {
  if ((await countUsers()) > 0) return false;
  await seedDemo(log);
  return true;
}
