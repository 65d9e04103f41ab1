// API routes: escalation policies (who is paged, in which order) and each person's notification channels.
import { defineRoute } from "@/lib/api/define-route";
import {
  channelsResponse,
  pagingResponse,
  createPolicyInput,
  policyListResponse,
  policyParams,
  policyResponse,
  putChannelsInput,
  putChannelsResponse,
  updatePolicyInput,
  userChannelsParams,
} from "@/lib/escalation/api-schemas";
import { incidentParams, incidentResponse } from "@/lib/incidents/schemas";
import { ackLinkInput } from "@/lib/webhooks/api-schemas";

const TAG = "On-call";

export const escalationRoutes = {
  listEscalationPolicies: defineRoute({
    method: "GET",
    path: "/api/escalation-policies",
    summary: "Escalation policies: each service's own, then the tier defaults",
    tag: TAG,
    permission: "escalation:read",
    response: policyListResponse,
  }),
  createEscalationPolicy: defineRoute({
    method: "POST",
    path: "/api/escalation-policies",
    summary:
      "Create the policy of a service or a tier's default (one per scope: 409 naming the field); every target must exist",
    tag: TAG,
    permission: "escalation:manage",
    body: createPolicyInput,
    response: policyResponse,
    status: 201,
  }),
  getEscalationPolicy: defineRoute({
    method: "GET",
    path: "/api/escalation-policies/{id}",
    summary: "One escalation policy: scope, steps (targets, waits) and repeats",
    tag: TAG,
    permission: "escalation:read",
    params: policyParams,
    response: policyResponse,
  }),
  updateEscalationPolicy: defineRoute({
    method: "PATCH",
    path: "/api/escalation-policies/{id}",
    summary: "Edit a policy's name, scope, steps or repeats (send the version you read)",
    tag: TAG,
    permission: "escalation:manage",
    params: policyParams,
    body: updatePolicyInput,
    response: policyResponse,
  }),
  getMyNotificationChannels: defineRoute({
    method: "GET",
    path: "/api/me/notification-channels",
    summary: "Your notification channels and per-severity rules (version 0 while nothing was saved)",
    tag: TAG,
    permission: "channels:own",
    response: channelsResponse,
  }),
  putMyNotificationChannels: defineRoute({
    method: "PUT",
    path: "/api/me/notification-channels",
    summary:
      "Replace your channels (send the version you read); a new webhook signing secret is shown in this answer only",
    tag: TAG,
    permission: "channels:own",
    body: putChannelsInput,
    response: putChannelsResponse,
  }),
  getUserNotificationChannels: defineRoute({
    method: "GET",
    path: "/api/users/{id}/notification-channels",
    summary: "Someone's notification channels, for administrators: no secret, URLs by their origin only",
    tag: TAG,
    permission: "user:manage",
    params: userChannelsParams,
    response: channelsResponse,
  }),
  getIncidentPaging: defineRoute({
    method: "GET",
    path: "/api/incidents/{key}/paging",
    summary:
      "The incident's escalation: its policy, whether it is still paging, each step with when it was (or will be) paged and whom",
    tag: TAG,
    permission: "incident:read",
    params: incidentParams,
    response: pagingResponse,
  }),
  acknowledgeByLink: defineRoute({
    method: "POST",
    path: "/api/incidents/{key}/acknowledge-link",
    summary:
      "Acknowledge through the link a page carried: signed, single-use, short-lived, for the person it was sent to (signed in)",
    tag: TAG,
    permission: "incident:update",
    params: incidentParams,
    body: ackLinkInput,
    response: incidentResponse,
  }),
} as const;
