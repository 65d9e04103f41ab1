// API routes: people administration (admins).
import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import { managedUserResponse, updateUserInput, userParams } from "@/lib/users/schemas";

export const adminUsersRoutes = {
  listManagedUsers: defineRoute({
    method: "GET",
    path: "/api/admin/users",
    summary: "Everyone, with roles and status (admins)",
    tag: "System",
    permission: "user:manage",
    response: z.object({ items: z.array(managedUserResponse) }),
  }),
  updateUser: defineRoute({
    method: "PATCH",
    path: "/api/admin/users/{id}",
    summary: "Change a person's roles or deactivate them (admins; recorded as a security event)",
    tag: "System",
    permission: "user:manage",
    params: userParams,
    body: updateUserInput,
    response: managedUserResponse,
  }),
} as const;
