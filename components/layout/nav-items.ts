import { Boxes, KeyRound, ScrollText, type LucideIcon } from "lucide-react";
import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; icon: LucideIcon; permission: Permission; shortcut: string };

// Each role sees only what the permission table lets it use.
export const NAV_ITEMS: NavItem[] = [
  { href: "/services", label: "Services", icon: Boxes, permission: "service:read", shortcut: "s" },
  { href: "/audit", label: "Audit log", icon: ScrollText, permission: "audit:read", shortcut: "a" },
  { href: "/settings/tokens", label: "API tokens", icon: KeyRound, permission: "token:manage", shortcut: "t" },
];
