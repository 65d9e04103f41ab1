import {
  Activity,
  BellRing,
  Boxes,
  BriefcaseBusiness,
  CalendarClock,
  CalendarDays,
  DoorOpen,
  Gauge,
  Gavel,
  GitPullRequestArrow,
  Handshake,
  KeyRound,
  LifeBuoy,
  ListChecks,
  Mailbox,
  Megaphone,
  Send,
  ScrollText,
  ShieldAlert,
  ShieldCheck,
  Siren,
  UserCog,
  Webhook,
  type LucideIcon,
} from "lucide-react";
import type { Permission } from "@/lib/auth/permissions";

// `short` is the text shown under a group heading ("Security" under "Dashboards"); `label` is the
// link's full name, read by screen readers and the shortcut help ("Security dashboard").
export type NavItem = {
  href: string;
  label: string;
  icon: LucideIcon;
  permission: Permission;
  shortcut: string;
  group?: string;
  short?: string;
};

// Each role sees only what the permission table lets it use.
export const NAV_ITEMS: NavItem[] = [
  {
    href: "/dashboards/executive",
    label: "Executive dashboard",
    short: "Executive",
    group: "Dashboards",
    icon: BriefcaseBusiness,
    permission: "dashboard:executive",
    shortcut: "x",
  },
  {
    href: "/dashboards/operations",
    label: "Operations dashboard",
    short: "Operations",
    group: "Dashboards",
    icon: Activity,
    permission: "dashboard:operations",
    shortcut: "d",
  },
  {
    href: "/dashboards/application",
    label: "Application dashboard",
    short: "Application",
    group: "Dashboards",
    icon: Gauge,
    permission: "dashboard:application",
    shortcut: "y",
  },
  {
    href: "/dashboards/security",
    label: "Security dashboard",
    short: "Security",
    group: "Dashboards",
    icon: ShieldCheck,
    permission: "dashboard:security",
    shortcut: "z",
  },
  { href: "/incidents", label: "Incidents", icon: Siren, permission: "incident:read", shortcut: "i" },
  {
    href: "/action-items",
    label: "Action items",
    icon: ListChecks,
    permission: "incident:read",
    shortcut: "p",
  },
  { href: "/changes", label: "Changes", icon: GitPullRequestArrow, permission: "change:read", shortcut: "c" },
  { href: "/changes/cab", label: "CAB board", icon: Gavel, permission: "change:vote", shortcut: "b" },
  {
    href: "/changes/calendar",
    label: "Change calendar",
    icon: CalendarDays,
    permission: "change:read",
    shortcut: "l",
  },
  { href: "/services", label: "Services", icon: Boxes, permission: "service:read", shortcut: "s" },
  {
    href: "/integrations",
    label: "Integrations",
    icon: Webhook,
    permission: "integration:read",
    shortcut: "n",
  },
  { href: "/webhooks", label: "Webhooks", icon: Send, permission: "webhook:read", shortcut: "w" },
  {
    href: "/schedules",
    label: "On-call schedules",
    short: "Schedules",
    group: "On-call",
    icon: CalendarClock,
    permission: "schedule:read",
    shortcut: "k",
  },
  {
    href: "/escalation-policies",
    label: "Escalation policies",
    short: "Escalation policies",
    group: "On-call",
    icon: Megaphone,
    permission: "escalation:read",
    shortcut: "j",
  },
  { href: "/access", label: "Access", icon: DoorOpen, permission: "access:request", shortcut: "r" },
  { href: "/security", label: "Security", icon: ShieldAlert, permission: "security:read", shortcut: "e" },
  { href: "/vendors", label: "Vendors", icon: Handshake, permission: "vendor:read", shortcut: "v" },
  { href: "/continuity", label: "Continuity", icon: LifeBuoy, permission: "continuity:read", shortcut: "o" },
  { href: "/audit", label: "Audit log", icon: ScrollText, permission: "audit:read", shortcut: "a" },
  { href: "/admin/users", label: "Users", icon: UserCog, permission: "user:manage", shortcut: "u" },
  {
    href: "/settings/notifications",
    label: "Notifications",
    short: "Notifications",
    group: "You",
    icon: BellRing,
    permission: "channels:own",
    shortcut: "f",
  },
  {
    href: "/outbox",
    label: "Notifications sent",
    short: "Notifications sent",
    group: "You",
    icon: Mailbox,
    permission: "channels:own",
    shortcut: "m",
  },
  {
    href: "/settings/tokens",
    label: "API tokens",
    short: "API tokens",
    group: "You",
    icon: KeyRound,
    permission: "token:manage",
    shortcut: "t",
  },
];
