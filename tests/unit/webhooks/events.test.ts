import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newMessageId } from "@/lib/notify/message-id";
import { generateWebhookSecret, signPayload } from "@/lib/notify/standard-webhooks";
import {
  ALL_EVENTS,
  incidentStatusEvent,
  wantsEvent,
  WEBHOOK_EVENT_TYPES,
  webhookBody,
} from "@/lib/webhooks/events";

describe("team webhook events", () => {
  it("names every event the issue lists", () => {
    for (const type of [
      "incident.created",
      "incident.acknowledged",
      "incident.escalated",
      "incident.updated",
      "incident.resolved",
      "incident.closed",
      "change.submitted",
      "change.approved",
      "change.rejected",
      "change.scheduled",
      "change.completed",
      "change.rolled_back",
      "access.decided",
    ])
      expect(WEBHOOK_EVENT_TYPES).toContain(type);
  });

  it("a subscription gets what it names, or everything with *", () => {
    expect(wantsEvent(["incident.created"], "incident.created")).toBe(true);
    expect(wantsEvent(["incident.created"], "incident.resolved")).toBe(false);
    expect(wantsEvent([ALL_EVENTS], "change.rolled_back")).toBe(true);
    expect(wantsEvent([], "incident.created")).toBe(false);
  });

  it("maps status moves to events: first acknowledgement, resolve, close, reopen; nothing else", () => {
    expect(incidentStatusEvent("OPEN", "IN_PROGRESS", true)).toBe("incident.acknowledged");
    expect(incidentStatusEvent("OPEN", "IN_PROGRESS", false)).toBeNull();
    expect(incidentStatusEvent("IN_PROGRESS", "RESOLVED", false)).toBe("incident.resolved");
    expect(incidentStatusEvent("OPEN", "RESOLVED", true)).toBe("incident.resolved");
    expect(incidentStatusEvent("RESOLVED", "IN_PROGRESS", false)).toBe("incident.reopened");
    expect(incidentStatusEvent("RESOLVED", "CLOSED", false)).toBe("incident.closed");
    expect(incidentStatusEvent("OPEN", "OPEN", false)).toBeNull();
  });

  it("the envelope is { type, timestamp, data } and verifies with the reference library when signed", () => {
    const at = new Date("2026-12-07T10:00:00.000Z");
    const body = webhookBody("incident.created", at, { incident: { key: "INC-2026-0001" } });
    expect(JSON.parse(body)).toEqual({
      type: "incident.created",
      timestamp: "2026-12-07T10:00:00.000Z",
      data: { incident: { key: "INC-2026-0001" } },
    });
    const secret = generateWebhookSecret();
    const id = newMessageId();
    const headers = signPayload({ id, timestamp: new Date(), body, secrets: [secret] });
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("message ids are msg_ + 128 random bits, valid webhook ids, never repeated", () => {
    const ids = new Set(Array.from({ length: 1000 }, newMessageId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^msg_[A-Za-z0-9_-]{22}$/);
  });
});
