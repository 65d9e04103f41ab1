// The one permission table: roles × permissions. Server guards and the UI both read it.
export const ROLES = ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "EXECUTIVE", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

const ALL: readonly Role[] = ROLES;

export const PERMISSIONS = {
  "profile:read": ALL,
  "token:manage": ALL,
  "service:read": ALL,
  "service:write": ["OPS_MANAGER", "ADMIN"],
  "audit:read": ["ADMIN", "SECURITY"],
  "notification:read": ALL,
  "incident:read": ALL,
  "incident:create": ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "ADMIN"],
  // acknowledge, change status and severity, take it, post updates, write the post-mortem
  "incident:update": ["ENGINEER", "OPS_MANAGER", "SECURITY", "ADMIN"],
  // assign to someone else
  "incident:assign": ["OPS_MANAGER", "ADMIN"],
  "incident:close": ["OPS_MANAGER", "ADMIN"],
  "change:read": ALL,
  // raise changes; edit and move the ones they requested or implement
  "change:create": ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "ADMIN"],
  "change:update": ["ENGINEER", "OPS_MANAGER", "CAB_MEMBER", "SECURITY", "ADMIN"],
  // vote: the change's approval route then says who is eligible (CAB members, ops managers)
  "change:vote": ["CAB_MEMBER", "OPS_MANAGER"],
  // move anyone's change, declare freezes
  "change:manage": ["OPS_MANAGER", "ADMIN"],
  // request access for oneself or a colleague, see one's own requests and grants
  "access:request": ALL,
  // decide requests (never one's own or for oneself), revoke grants, see every request
  "access:decide": ["SECURITY", "ADMIN"],
  "security:read": ["SECURITY", "ADMIN"],
  // record an event: security and admins in the portal, and any API token (external tools)
  "security:record": ALL,
  // triage: investigated, resolved, notes, escalate to an incident
  "security:triage": ["SECURITY", "ADMIN"],
  // roles and deactivation of people
  "user:manage": ["ADMIN"],
  // Prometheus scrape of /api/metrics (a token of any role)
  "metrics:read": ALL,
  "vendor:read": ALL,
  // vendors, contracts and assessments
  "vendor:write": ["OPS_MANAGER", "ADMIN"],
  "continuity:read": ALL,
  // business functions and DR tests
  "continuity:write": ["OPS_MANAGER", "ADMIN"],
  // the dashboards: executives read all four; engineers operations and application; security its own
  "dashboard:executive": ["EXECUTIVE", "OPS_MANAGER", "ADMIN"],
  "dashboard:operations": ALL,
  "dashboard:application": ALL,
  "dashboard:security": ["SECURITY", "EXECUTIVE", "ADMIN"],
  // performance and capacity samples from monitoring (POST /api/metrics/samples, with an API token)
  "metrics:write": ["ENGINEER", "OPS_MANAGER", "ADMIN"],
  // web vitals the portal's own pages report from the browser
  "telemetry:report": ALL,
  // alert intake: see integrations, their counts and log (no secrets); create, edit, pause, rotate
  "integration:read": ["ENGINEER", "OPS_MANAGER", "ADMIN"],
  "integration:manage": ["OPS_MANAGER", "ADMIN"],
  // on-call schedules: who is on call, the timeline, overrides (everyone who works incidents); create and
  // edit schedules, add and remove overrides, rotate or revoke the calendar feed token
  "schedule:read": ["ENGINEER", "OPS_MANAGER", "SECURITY", "ADMIN"],
  "schedule:manage": ["OPS_MANAGER", "ADMIN"],
  // escalation policies: read them (everyone who works incidents); create and edit them
  "escalation:read": ["ENGINEER", "OPS_MANAGER", "SECURITY", "ADMIN"],
  "escalation:manage": ["OPS_MANAGER", "ADMIN"],
  // one's own notification channels (e-mail, chat webhook, own signed webhook), per-severity rules, and
  // the log of what was sent to oneself (with resend)
  "channels:own": ALL,
  // team webhooks (subscriptions) and their delivery logs; create, edit, rotate, delete, resend
  "webhook:read": ["ENGINEER", "OPS_MANAGER", "ADMIN"],
  "webhook:manage": ["OPS_MANAGER", "ADMIN"],
  // everyone's notification log (e-mail, chat, personal webhooks) and resending any of it
  "delivery:read": ["OPS_MANAGER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether any of `roles` holds `permission` (the one permission table above; the server's only check). */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export const ROLE_LABELS: Record<Role, string> = {
  ENGINEER: "Engineer",
  OPS_MANAGER: "Ops manager",
  CAB_MEMBER: "CAB member",
  SECURITY: "Security",
  EXECUTIVE: "Executive",
  ADMIN: "Admin",
};
