import { Boxes, CalendarDays, DoorOpen, Gavel, GitPullRequestArrow, Handshake, KeyRound, LifeBuoy, ListChecks, ScrollText, ShieldAlert, Siren, UserCog, type LucideIcon } from "lucide-react";
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
  { href: "/access", label: "Access", icon: DoorOpen, permission: "access:request", shortcut: "r" },
  { href: "/security", label: "Security", icon: ShieldAlert, permission: "security:read", shortcut: "e" },
  { href: "/vendors", label: "Vendors", icon: Handshake, permission: "vendor:read", shortcut: "v" },
  { href: "/continuity", label: "Continuity", icon: LifeBuoy, permission: "continuity:read", shortcut: "o" },
  { href: "/audit", label: "Audit log", icon: ScrollText, permission: "audit:read", shortcut: "a" },
  { href: "/admin/users", label: "Users", icon: UserCog, permission: "user:manage", shortcut: "u" },
  { href: "/settings/tokens", label: "API tokens", icon: KeyRound, permission: "token:manage", shortcut: "t" },
];
