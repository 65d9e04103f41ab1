import { Boxes, CalendarDays, Gavel, GitPullRequestArrow, KeyRound, ListChecks, ScrollText, Siren, type LucideIcon } from "lucide-react";
import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; icon: LucideIcon; permission: Permission; shortcut: string };

// Each role sees only what the permission table lets it use.
export const NAV_ITEMS: NavItem[] = [
  { href: "/incidents", label: "Incidents", icon: Siren, permission: "incident:read", shortcut: "i" },
  { href: "/action-items", label: "Action items", icon: ListChecks, permission: "incident:read", shortcut: "p" },
  { href: "/changes", label: "Changes", icon: GitPullRequestArrow, permission: "change:read", shortcut: "c" },
  { href: "/changes/cab", label: "CAB board", icon: Gavel, permission: "change:vote", shortcut: "b" },
  { href: "/changes/calendar", label: "Change calendar", icon: CalendarDays, permission: "change:read", shortcut: "l" },
  { href: "/services", label: "Services", icon: Boxes, permission: "service:read", shortcut: "s" },
  { href: "/audit", label: "Audit log", icon: ScrollText, permission: "audit:read", shortcut: "a" },
  { href: "/settings/tokens", label: "API tokens", icon: KeyRound, permission: "token:manage", shortcut: "t" },
];
