import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/auth/permissions";

// The expected matrix, written out: role → permissions it grants.
// prettier-ignore
const EXPECTED: Record<Role, Record<Permission, boolean>> = {
  ENGINEER:    { "profile:read": true, "token:manage": true, "service:read": true, "service:write": false, "audit:read": false },
  OPS_MANAGER: { "profile:read": true, "token:manage": true, "service:read": true, "service:write": true,  "audit:read": false },
  CAB_MEMBER:  { "profile:read": true, "token:manage": true, "service:read": true, "service:write": false, "audit:read": false },
  SECURITY:    { "profile:read": true, "token:manage": true, "service:read": true, "service:write": false, "audit:read": true },
  EXECUTIVE:   { "profile:read": true, "token:manage": true, "service:read": true, "service:write": false, "audit:read": false },
  ADMIN:       { "profile:read": true, "token:manage": true, "service:read": true, "service:write": true,  "audit:read": true },
};

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
