// The incident columns, people and counts in one SQL select, for lists: one round trip per page
// instead of Prisma's query per relation (the queue is the hottest read in the portal).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { IncidentRow } from "@/lib/incidents/to-incident-response";

export const INCIDENT_COLUMNS = Prisma.sql`
  i.id, i.key, i.title, i.description, i.severity::text AS severity, i.status::text AS status, i.impact::text AS impact,
  i.affected_services AS "affectedServices", i.assigned_to_id AS "assignedToId",
  i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.acknowledged_at AS "acknowledgedAt",
  i.resolved_at AS "resolvedAt", i.closed_at AS "closedAt", i.response_due_at AS "responseDueAt",
  i.resolution_due_at AS "resolutionDueAt", i.next_update_due_at AS "nextUpdateDueAt",
  i.root_cause AS "rootCause", i.resolution, i.lessons_learned AS "lessonsLearned", i.postmortem_at AS "postmortemAt", i.version, i.caused_by_change_id AS "causedByChangeId",
  CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name) END AS "reportedBy",
  i.source::text AS source, i.alert_count AS "alertCount", i.fire_count AS "fireCount",
  CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('id', g.id, 'name', g.name) END AS "integration",
  CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'name', a.name) END AS "assignedTo",
  (SELECT count(*)::int FROM incident_updates u WHERE u.incident_id = i.id) AS "updateCount",
  (SELECT json_build_object('key', c.key, 'title', c.title) FROM changes c WHERE c.id = i.caused_by_change_id) AS "causedByChange",
  COALESCE((SELECT json_agg(json_build_object('id', p.id, 'description', p.description, 'owner', json_build_object('id', o.id, 'name', o.name),
      'dueDate', p.due_date, 'status', p.status, 'version', p.version) ORDER BY p.due_date, p.id)
    FROM postmortem_action_items p JOIN users o ON o.id = p.owner_id WHERE p.incident_id = i.id), '[]'::json) AS "actionItems"`;

export const INCIDENT_JOINS = Prisma.sql`LEFT JOIN users r ON r.id = i.reported_by_id LEFT JOIN users a ON a.id = i.assigned_to_id LEFT JOIN integrations g ON g.id = i.integration_id`;

type SqlRow = Omit<IncidentRow, "actionItems"> & {
  actionItems: (Omit<IncidentRow["actionItems"][number], "dueDate"> & { dueDate: string })[];
};

export function fromSqlRow(row: SqlRow): IncidentRow {
  return {
    ...row,
    actionItems: row.actionItems.map((a) => ({ ...a, dueDate: new Date(`${a.dueDate}T00:00:00Z`) })),
  };
}
export type { SqlRow as IncidentSqlRow };
