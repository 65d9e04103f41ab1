// API routes: alert intake — integrations, their intake endpoints, and what alerts brought to incidents.
import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import {
  createIntegrationInput,
  incidentAlertsResponse,
  intakeAnswer,
  intakeParams,
  INTAKE_BODY_LIMIT_BYTES,
  integrationListResponse,
  integrationParams,
  integrationResponse,
  integrationWithSecret,
  notificationLogResponse,
  suspectChangesResponse,
  updateIntegrationInput,
} from "@/lib/alerts/schemas";
import { incidentParams } from "@/lib/incidents/schemas";

const intake = (kind: "alertmanager" | "events" | "heartbeat", summary: string) =>
  defineRoute({
    method: "POST",
    path: `/api/integrations/{id}/${kind}`,
    summary,
    tag: "Alert intake",
    permission: null,
    integrationSecret: true,
    params: intakeParams,
    response: intakeAnswer,
    maxBodyBytes: INTAKE_BODY_LIMIT_BYTES,
  });

export const integrationsRoutes = {
  listIntegrations: defineRoute({
    method: "GET",
    path: "/api/integrations",
    summary: "Integrations (no secrets), with what their notifications did",
    tag: "Alert intake",
    permission: "integration:read",
    response: integrationListResponse,
  }),
  createIntegration: defineRoute({
    method: "POST",
    path: "/api/integrations",
    summary: "Create an integration; its secret is returned this once",
    tag: "Alert intake",
    permission: "integration:manage",
    body: createIntegrationInput,
    response: integrationWithSecret,
    status: 201,
  }),
  getIntegration: defineRoute({
    method: "GET",
    path: "/api/integrations/{id}",
    summary: "One integration (no secret)",
    tag: "Alert intake",
    permission: "integration:read",
    params: integrationParams,
    response: integrationResponse,
  }),
  updateIntegration: defineRoute({
    method: "PATCH",
    path: "/api/integrations/{id}",
    summary: "Edit, pause or rotate the secret (`rotateSecret: true` returns the new secret this once)",
    tag: "Alert intake",
    permission: "integration:manage",
    params: integrationParams,
    body: updateIntegrationInput,
    response: integrationResponse.extend({ secret: z.string().optional() }),
  }),
  integrationLog: defineRoute({
    method: "GET",
    path: "/api/integrations/{id}/notifications",
    summary: "The integration's last notifications, raw, with what each did",
    tag: "Alert intake",
    permission: "integration:read",
    params: integrationParams,
    response: notificationLogResponse,
  }),
  alertmanagerIntake: intake(
    "alertmanager",
    "Alertmanager webhook (payload version 4), `Authorization: Bearer <secret>`; 200 once recorded",
  ),
  eventsIntake: intake(
    "events",
    "PagerDuty Events API v2 (secret as Bearer or `routing_key`); 202 {status, message, dedup_key}",
  ),
  heartbeatIntake: intake("heartbeat", "A heartbeat ping, `Authorization: Bearer <secret>`"),
  testIntegration: defineRoute({
    method: "POST",
    path: "/api/integrations/{id}/test",
    summary:
      "Send a test alert: a sample notification of the integration's kind, recorded through its intake path (no secret needed)",
    tag: "Alert intake",
    permission: "integration:manage",
    params: integrationParams,
    response: intakeAnswer,
  }),
  incidentAlerts: defineRoute({
    method: "GET",
    path: "/api/incidents/{key}/alerts",
    summary: "The alert groups and alerts that opened or updated the incident",
    tag: "Incidents",
    permission: "incident:read",
    params: incidentParams,
    response: incidentAlertsResponse,
  }),
  suspectChanges: defineRoute({
    method: "GET",
    path: "/api/incidents/{key}/suspect-changes",
    summary: "Changes that probably caused the incident, ranked, with the reason for each",
    tag: "Incidents",
    permission: "incident:read",
    params: incidentParams,
    response: suspectChangesResponse,
  }),
} as const;
