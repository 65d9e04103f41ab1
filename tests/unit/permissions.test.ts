import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/auth/permissions";

// The expected matrix, written out: permission → the roles that hold it.
const ALL: Role[] = ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "EXECUTIVE", "ADMIN"];
const GRANTS: Record<Permission, Role[]> = {
  "profile:read": ALL,
  "token:manage": ALL,
  "service:read": ALL,
  "service:write": ["OPS_MANAGER", "ADMIN"],
  "audit:read": ["SECURITY", "ADMIN"],
  "notification:read": ALL,
  "incident:read": ALL,
  "incident:create": ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "ADMIN"],
  "incident:update": ["ENGINEER", "OPS_MANAGER", "SECURITY", "ADMIN"],
  "incident:assign": ["OPS_MANAGER", "ADMIN"],
  "incident:close": ["OPS_MANAGER", "ADMIN"],
  "change:read": ALL,
  "change:create": ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "ADMIN"],
  "change:update": ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "ADMIN"],
  "change:vote": ["CAB_MEMBER", "OPS_MANAGER"],
  "change:manage": ["OPS_MANAGER", "ADMIN"],
  "access:request": ALL,
  "access:decide": ["SECURITY", "ADMIN"],
  "security:read": ["SECURITY", "ADMIN"],
  "security:record": ALL,
  "security:triage": ["SECURITY", "ADMIN"],
  "user:manage": ["ADMIN"],
  "metrics:read": ALL,
  "vendor:read": ALL,
  "vendor:write": ["OPS_MANAGER", "ADMIN"],
  "continuity:read": ALL,
  "continuity:write": ["OPS_MANAGER", "ADMIN"],
  "dashboard:executive": ["EXECUTIVE", "OPS_MANAGER", "ADMIN"],
  "dashboard:operations": ALL,
  "dashboard:application": ALL,
  "dashboard:security": ["SECURITY", "EXECUTIVE", "ADMIN"],
  "metrics:write": ["ENGINEER", "OPS_MANAGER", "ADMIN"],
  "telemetry:report": ALL,
  "integration:read": ["ENGINEER", "OPS_MANAGER", "ADMIN"],
  "integration:manage": ["OPS_MANAGER", "ADMIN"],
  "schedule:read": ["ENGINEER", "OPS_MANAGER", "SECURITY", "ADMIN"],
  "schedule:manage": ["OPS_MANAGER", "ADMIN"],
  "escalation:read": ["ENGINEER", "OPS_MANAGER", "SECURITY", "ADMIN"],
  "escalation:manage": ["OPS_MANAGER", "ADMIN"],
  "channels:own": ALL,
  "webhook:read": ["ENGINEER", "OPS_MANAGER", "ADMIN"],
  "webhook:manage": ["OPS_MANAGER", "ADMIN"],
  "delivery:read": ["OPS_MANAGER", "ADMIN"],
};
const EXPECTED = Object.fromEntries(
  ALL.map((role) => [
    role,
    Object.fromEntries(Object.entries(GRANTS).map(([p, roles]) => [p, roles.includes(role)])),
  ]),
) as Record<Role, Record<Permission, boolean>>;

describe("can", () => {
  it("the matrix covers exactly the defined roles and permissions", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES)
      expect(Object.keys(EXPECTED[role]).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  const cases = ROLES.flatMap((role) =>
    (Object.keys(EXPECTED[role]) as Permission[]).map(
      (permission) => [role, permission, EXPECTED[role][permission]] as const,
    ),
  );
  it.each(cases)("%s has %s: %s", (role, permission, expected) => {
    expect(can([role], permission)).toBe(expected);
  });

  it("a user with several roles gets the union", () => {
    expect(can(["ENGINEER", "SECURITY"], "audit:read")).toBe(true);
    expect(can(["ENGINEER", "SECURITY"], "service:write")).toBe(false);
    expect(can(["SECURITY", "OPS_MANAGER"], "service:write")).toBe(true);
    expect(can(["SECURITY", "OPS_MANAGER"], "audit:read")).toBe(true);
    expect(can(["CAB_MEMBER", "EXECUTIVE"], "audit:read")).toBe(false);
  });

  it("no roles grant nothing", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[])
      expect(can([], permission)).toBe(false);
  });
});
