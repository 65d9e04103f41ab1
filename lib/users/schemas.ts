import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(10, "At least 10 characters").max(1024),
  roles: z.array(z.enum(ROLES)).min(1, "Give at least one role"),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const userSummary = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
});
export const userListResponse = z.object({ items: z.array(userSummary) });

export const userParams = z.object({ id: z.uuid("Not a user id") });
export const updateUserInput = z.object({
  version: z.number().int().positive(),
  roles: z.array(z.enum(ROLES)).min(1, "Give at least one role").max(ROLES.length).optional(),
  isActive: z.boolean().optional().describe("false: the person can no longer sign in or use tokens"),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;
export const managedUserResponse = userSummary.extend({ isActive: z.boolean(), version: z.number().int() });
export type ManagedUser = z.infer<typeof managedUserResponse>;
