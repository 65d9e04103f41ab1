import { describe, expect, it } from "vitest";
import { maintenanceFor, type MaintenanceChange } from "@/lib/status/maintenance";

const start = new Date("2026-12-10T22:00:00Z");
const end = new Date("2026-12-10T23:00:00Z");
const change = (over: Partial<MaintenanceChange> = {}): MaintenanceChange => ({
  status: "SCHEDULED",
  environment: "PRODUCTION",
  isPublic: true,
  plannedStart: start,
  plannedEnd: end,
  ...over,
});
const at = (iso: string) => new Date(iso);

describe("maintenance from an approved public production change", () => {
  it("is none for a private, non-production, unapproved or unplanned change", () => {
    const now = at("2026-12-10T22:30:00Z");
    expect(maintenanceFor(change({ isPublic: false }), now)).toBeNull();
    expect(maintenanceFor(change({ environment: "STAGING" }), now)).toBeNull();
    expect(maintenanceFor(change({ status: "IN_CAB_REVIEW" }), now)).toBeNull();
    expect(maintenanceFor(change({ status: "DRAFT" }), now)).toBeNull();
    expect(maintenanceFor(change({ plannedStart: null }), now)).toBeNull();
  });

  it("is announced 3 days ahead by default (or as configured), exactly at that instant", () => {
    expect(maintenanceFor(change(), at("2026-12-07T21:59:59.999Z"))).toMatchObject({
      state: "SCHEDULED",
      visible: false,
    });
    expect(maintenanceFor(change(), at("2026-12-07T22:00:00Z"))).toMatchObject({
      state: "SCHEDULED",
      visible: true,
    });
    expect(maintenanceFor(change(), at("2026-12-10T20:00:00Z"), 60)).toMatchObject({ visible: false });
  });

  it("goes in progress and completes by the clock when the change is not moved in time", () => {
    expect(maintenanceFor(change(), at("2026-12-10T22:00:00Z"))).toMatchObject({ state: "IN_PROGRESS" });
    expect(maintenanceFor(change(), at("2026-12-10T23:00:00Z"))).toMatchObject({
      state: "COMPLETED",
      outcome: "ended as scheduled",
    });
  });

  it("follows the change: implementing is in progress (even early or late), completed and rolled back end it", () => {
    expect(maintenanceFor(change({ status: "IMPLEMENTING" }), at("2026-12-10T21:55:00Z"))).toMatchObject({
      state: "IN_PROGRESS",
      visible: true,
    });
    expect(maintenanceFor(change({ status: "VERIFYING" }), at("2026-12-10T23:20:00Z"))).toMatchObject({
      state: "IN_PROGRESS",
    });
    expect(maintenanceFor(change({ status: "COMPLETED" }), at("2026-12-10T22:40:00Z"))).toMatchObject({
      state: "COMPLETED",
      outcome: "completed",
    });
    expect(maintenanceFor(change({ status: "ROLLED_BACK" }), at("2026-12-10T22:40:00Z"))).toMatchObject({
      outcome: "rolled back",
    });
  });

  it("moves with a reschedule: the announcement and window follow the new dates", () => {
    const later = change({
      plannedStart: at("2026-12-20T22:00:00Z"),
      plannedEnd: at("2026-12-20T23:00:00Z"),
    });
    const m = maintenanceFor(later, at("2026-12-10T22:30:00Z"))!;
    expect(m).toMatchObject({ state: "SCHEDULED", visible: false });
    expect(m.announceAt.toISOString()).toBe("2026-12-17T22:00:00.000Z");
  });

  it("a cancelled change stays as cancelled until its window would have ended if it was announced, else disappears", () => {
    expect(maintenanceFor(change({ status: "CANCELLED" }), at("2026-12-09T00:00:00Z"))).toMatchObject({
      state: "CANCELLED",
      visible: true,
    });
    expect(maintenanceFor(change({ status: "CANCELLED" }), at("2026-12-10T23:00:00Z"))).toBeNull();
    expect(maintenanceFor(change({ status: "CANCELLED" }), at("2026-12-01T00:00:00Z"))).toBeNull();
  });
});
