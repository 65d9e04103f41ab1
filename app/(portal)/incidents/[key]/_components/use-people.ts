"use client";
import { useUsers, type UserSummary } from "@/lib/client/incidents";
import { can, ROLES, type Role } from "@/lib/auth/permissions";

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

// People who can work an incident, for the assignee picker (an executive cannot acknowledge it).
export function canWorkIncidents(user: UserSummary): boolean {
  return can(user.roles.filter(isRole), "incident:update");
}

export function usePeople() {
  const users = useUsers();
  const people = users.data ?? [];
  return {
    people,
    responders: people.filter(canWorkIncidents),
    isPending: users.isPending,
    isError: users.isError,
  };
}
