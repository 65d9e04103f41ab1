// What a live update says: which kind of data changed, never which record or what it holds. PostgreSQL
// names the table on every committed write (the dashboard_notifications and view_notifications
// migrations); the browser only needs to know which of its queries to fetch again.
import { can, type Permission, type Role } from "@/lib/auth/permissions";

export const LIVE_TOPICS = [
  "incidents",
  "changes",
  "services",
  "security",
  "access",
  "vendors",
  "continuity",
  "performance",
  "people",
] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

const TOPIC_OF_TABLE: Record<string, LiveTopic> = {
  incidents: "incidents",
  incident_updates: "incidents",
  incident_escalations: "incidents",
  postmortem_action_items: "incidents",
  changes: "changes",
  change_freezes: "changes",
  services: "services",
  security_events: "security",
  access_requests: "access",
  vendors: "vendors",
  vendor_assessments: "vendors",
  business_functions: "continuity",
  dr_tests: "continuity",
  performance_samples: "performance",
  users: "people",
};

// A viewer hears a topic only when one of these lets them read what it is about (any of them).
const TOPIC_READERS: Record<LiveTopic, readonly Permission[]> = {
  incidents: ["incident:read"],
  changes: ["change:read"],
  services: ["service:read"],
  security: ["security:read", "dashboard:security"],
  access: ["access:request", "dashboard:security"],
  vendors: ["vendor:read"],
  continuity: ["continuity:read"],
  performance: ["dashboard:application"],
  people: ["profile:read"],
};

/** The topic a table's change belongs to; null for a table no live view reads. */
export function topicOfTable(table: string): LiveTopic | null {
  return Object.hasOwn(TOPIC_OF_TABLE, table) ? TOPIC_OF_TABLE[table]! : null;
}

/** Whether someone with these roles may hear that a topic changed. */
export function canHearTopic(roles: readonly Role[], topic: LiveTopic): boolean {
  return TOPIC_READERS[topic].some((permission) => can(roles, permission));
}

/** The frame one change sends: the topics, comma-separated, as an SSE `changed` event. */
export function changedEvent(topics: readonly LiveTopic[]): string {
  return `event: changed\ndata: ${topics.join(",")}\n\n`;
}
