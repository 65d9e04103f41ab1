import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideGroup, diffAlerts, labelFingerprint, type GroupState } from "@/lib/alerts/grouping";
import { heartbeatDueAt, isHeartbeatMissed, HEARTBEAT_GRACE_MS } from "@/lib/alerts/heartbeat";
import { alertInstant, alertmanagerPayloadSchema, eventsV2Schema } from "@/lib/alerts/payloads";
import { DEFAULT_SEVERITY_MAP, EVENT_SEVERITY, routeAlert, routingRuleSchema } from "@/lib/alerts/routing";
import { changeWindowAt, rankSuspects, type ChangeActivity } from "@/lib/alerts/suspect-changes";

const t0 = new Date("2026-12-07T10:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const alertmanager = { autoResolve: true, reopenWindowMs: 30 * 60_000 };
const events = { autoResolve: true, reopenWindowMs: 0 };
const state = (s: Partial<GroupState> = {}): GroupState => ({
  incident: null,
  firing: false,
  resolvedAt: null,
  ...s,
});
const open = { status: "OPEN" as const, resolvedAt: null, takenOver: false };

describe("a notification's effect on its group", () => {
  it("the first firing notification opens an incident; later ones update it", () => {
    expect(decideGroup(state(), "firing", alertmanager, t0).action).toBe("open");
    expect(decideGroup(state({ incident: open, firing: true }), "firing", alertmanager, t0).action).toBe(
      "update",
    );
  });

  it("the group resolving resolves an untouched incident when the integration auto-resolves", () => {
    expect(decideGroup(state({ incident: open, firing: true }), "resolved", alertmanager, t0).action).toBe(
      "resolve",
    );
    expect(
      decideGroup(state({ incident: open }), "resolved", { ...alertmanager, autoResolve: false }, t0),
    ).toEqual({ action: "update", reason: "The alerts ended; this integration does not resolve incidents" });
  });

  it("an incident a person took over stays open when the alerts end, with a note saying so", () => {
    const d = decideGroup(
      state({ incident: { ...open, status: "IN_PROGRESS", takenOver: true } }),
      "resolved",
      alertmanager,
      t0,
    );
    expect(d.action).toBe("update");
    expect(d.reason).toContain("a person is handling");
  });

  it("flapping: firing again within the reopen window reopens, after it opens a new incident", () => {
    const resolved = state({
      incident: { status: "RESOLVED", resolvedAt: t0, takenOver: false },
      resolvedAt: t0,
    });
    expect(decideGroup(resolved, "firing", alertmanager, at(29)).action).toBe("reopen");
    expect(decideGroup(resolved, "firing", alertmanager, at(30)).action).toBe("reopen");
    expect(decideGroup(resolved, "firing", alertmanager, at(31)).action).toBe("open");
  });

  it("Events API semantics: after a resolve, a trigger opens a new incident at once", () => {
    const resolved = state({
      incident: { status: "RESOLVED", resolvedAt: t0, takenOver: false },
      resolvedAt: t0,
    });
    expect(decideGroup(resolved, "firing", events, at(1)).action).toBe("open");
    expect(decideGroup(state({ incident: open }), "acknowledge", events, t0).action).toBe("acknowledge");
    expect(
      decideGroup(state({ incident: { ...open, status: "IN_PROGRESS" } }), "acknowledge", events, t0).action,
    ).toBe("record");
    expect(decideGroup(state(), "acknowledge", events, t0).action).toBe("record");
    expect(decideGroup(state(), "resolved", events, t0).action).toBe("record");
  });

  it("a closed incident is never reopened: the group opens a new one", () => {
    const closed = state({
      incident: { status: "CLOSED", resolvedAt: t0, takenOver: true },
      resolvedAt: at(1),
    });
    expect(decideGroup(closed, "firing", alertmanager, at(2)).action).toBe("open");
  });

  it("a person resolving while the alerts keep firing is respected until the group ends", () => {
    const s = state({ incident: { status: "RESOLVED", resolvedAt: t0, takenOver: true }, firing: true });
    expect(decideGroup(s, "firing", alertmanager, at(5)).action).toBe("record");
  });
});

describe("alert diff (what reaches the timeline)", () => {
  const a = { fingerprint: "a", status: "firing" as const, startsAt: "2026-12-07T10:00:00Z" };
  it("only new and ended alerts are news; a resend is counted, not written", () => {
    expect(diffAlerts([], [a]).added).toEqual([a]);
    expect(diffAlerts([a], [a])).toEqual({ added: [], ended: [], repeated: [a] });
    const ended = { ...a, status: "resolved" as const };
    expect(diffAlerts([a], [ended]).ended).toEqual([ended]);
    expect(diffAlerts([ended], [a]).added).toEqual([a]);
    expect(diffAlerts([a], [{ ...a, startsAt: "2026-12-07T11:00:00Z" }]).added).toHaveLength(1);
  });
  it("a label fingerprint does not depend on label order", () => {
    expect(labelFingerprint({ b: "2", a: "1" })).toBe(labelFingerprint({ a: "1", b: "2" }));
    expect(labelFingerprint({ a: "1,b=2" })).not.toBe(labelFingerprint({ a: "1", b: "2" }));
  });
});

describe("routing and severity", () => {
  const integration = { rules: [], services: ["api-gateway"], severityMap: DEFAULT_SEVERITY_MAP };
  it("the handbook's severity labels map to P1 and P3; anything else is P3", () => {
    expect(routeAlert({ alertname: "HighErrorRate", severity: "critical" }, integration).severity).toBe("P1");
    expect(routeAlert({ alertname: "HighResponseTime", severity: "warning" }, integration).severity).toBe(
      "P3",
    );
    expect(routeAlert({ alertname: "X" }, integration)).toMatchObject({
      severity: "P3",
      services: ["api-gateway"],
    });
    expect(EVENT_SEVERITY).toEqual({ critical: "P1", error: "P2", warning: "P3", info: "P4" });
  });
  it("the first rule whose matchers all hold decides service and severity", () => {
    const rules = [
      routingRuleSchema.parse({
        matchers: [
          { label: "job", op: "=~", value: "pay.*" },
          { label: "env", op: "!=", value: "staging" },
        ],
        service: "payments",
        severity: "P2",
      }),
      routingRuleSchema.parse({ matchers: [{ label: "job", op: "=~", value: ".+" }], service: "catch-all" }),
    ];
    const r = { ...integration, rules };
    expect(routeAlert({ job: "payments-api", env: "prod", severity: "warning" }, r)).toMatchObject({
      services: ["payments"],
      severity: "P2",
      rule: 0,
    });
    expect(routeAlert({ job: "payments-api", env: "staging", severity: "critical" }, r)).toMatchObject({
      services: ["catch-all"],
      severity: "P1",
      rule: 1,
    });
    // Anchored like Prometheus: "pay" does not match "xpayments".
    expect(routeAlert({ job: "xpayments" }, { ...integration, rules: [rules[0]!] }).rule).toBeNull();
  });
  it("a rule with a broken regular expression is refused naming the field", () => {
    const r = routingRuleSchema.safeParse({
      matchers: [{ label: "job", op: "=~", value: "(" }],
      service: "x",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["matchers", 0, "value"]);
  });
});

describe("payloads", () => {
  const am = {
    version: "4",
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    status: "firing",
    receiver: "neuron",
    groupLabels: { alertname: "HighErrorRate" },
    commonLabels: { alertname: "HighErrorRate", severity: "critical" },
    commonAnnotations: { summary: "High error rate detected" },
    externalURL: "http://am:9093",
    notification_reason: "new_alerts",
    alerts: [
      {
        status: "firing",
        labels: { alertname: "HighErrorRate" },
        annotations: {},
        startsAt: "2026-12-07T10:00:00Z",
        endsAt: "0001-01-01T00:00:00Z",
        generatorURL: "http://prom/graph",
        fingerprint: "abc",
      },
    ],
  };
  it("accepts Alertmanager's version 4 and ignores fields it adds later", () => {
    expect(alertmanagerPayloadSchema.safeParse(am).success).toBe(true);
    expect(alertInstant("0001-01-01T00:00:00Z")).toBeNull();
    expect(alertInstant("2026-12-07T10:00:00Z")?.toISOString()).toBe("2026-12-07T10:00:00.000Z");
  });
  it("names the field that is wrong", () => {
    const r = alertmanagerPayloadSchema.safeParse({
      ...am,
      alerts: [{ ...am.alerts[0], status: "burning" }],
    });
    expect(r.error?.issues[0]?.path).toEqual(["alerts", 0, "status"]);
    expect(alertmanagerPayloadSchema.safeParse({ ...am, version: "3" }).error?.issues[0]?.message).toMatch(
      /version "4"/,
    );
  });
  it("Events v2: a trigger needs a payload, an acknowledge or resolve needs its dedup_key", () => {
    expect(
      eventsV2Schema.safeParse({
        event_action: "trigger",
        payload: { summary: "s", source: "h", severity: "error" },
      }).success,
    ).toBe(true);
    expect(eventsV2Schema.safeParse({ event_action: "trigger" }).error?.issues[0]?.path).toEqual(["payload"]);
    expect(eventsV2Schema.safeParse({ event_action: "resolve" }).error?.issues[0]?.path).toEqual([
      "dedup_key",
    ]);
    expect(
      eventsV2Schema.safeParse({
        event_action: "trigger",
        payload: { summary: "s", source: "h", severity: "fatal" },
      }).success,
    ).toBe(false);
  });
  it("any JSON value is answered by the schemas without throwing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        alertmanagerPayloadSchema.safeParse(v);
        eventsV2Schema.safeParse(v);
      }),
      { numRuns: 500 },
    );
  });
});

describe("heartbeats", () => {
  it("a ping is due an interval after the last one, and missed only after the grace", () => {
    const s = { intervalMinutes: 5, lastPingAt: t0, since: at(-60) };
    expect(heartbeatDueAt(s)).toEqual(at(5));
    expect(isHeartbeatMissed(s, new Date(at(5).getTime() + HEARTBEAT_GRACE_MS))).toBe(false);
    expect(isHeartbeatMissed(s, new Date(at(5).getTime() + HEARTBEAT_GRACE_MS + 1))).toBe(true);
  });
  it("before the first ping the clock starts when the integration was created or un-paused", () => {
    expect(heartbeatDueAt({ intervalMinutes: 10, lastPingAt: null, since: t0 })).toEqual(at(10));
    expect(heartbeatDueAt({ intervalMinutes: 10, lastPingAt: at(-100), since: t0 })).toEqual(at(10));
  });
});

describe("suspect changes", () => {
  const change = (c: Partial<ChangeActivity>): ChangeActivity => ({
    id: c.key ?? "x",
    key: "CHG-1",
    title: "t",
    services: ["api"],
    riskLevel: "LOW",
    status: "COMPLETED",
    startedAt: at(-120),
    endedAt: at(-60),
    ...c,
  });
  const incident = { startedAt: t0, services: ["api", "db"] };
  it("only changes on the incident's services, begun before it and ended within 24 h", () => {
    const list = rankSuspects(incident, [
      change({ key: "CHG-1" }),
      change({ key: "CHG-2", services: ["web"] }),
      change({ key: "CHG-3", startedAt: at(1), endedAt: null }),
      change({ key: "CHG-4", startedAt: at(-2000), endedAt: at(-24 * 60 - 1) }),
    ]);
    expect(list.map((s) => s.change.key)).toEqual(["CHG-1"]);
    expect(list[0]!.reason).toBe("Changed api; ended 1 h before the incident started; low risk");
  });
  it("a running change ranks above a finished one, and risk breaks ties", () => {
    const list = rankSuspects(incident, [
      change({ key: "CHG-OLD", endedAt: at(-600), riskLevel: "HIGH" }),
      change({ key: "CHG-RUN", endedAt: null, status: "IMPLEMENTING" }),
      change({ key: "CHG-RUN-HIGH", endedAt: null, status: "VERIFYING", riskLevel: "HIGH" }),
    ]);
    expect(list.map((s) => s.change.key)).toEqual(["CHG-RUN-HIGH", "CHG-RUN", "CHG-OLD"]);
    expect(list[0]!.reason).toContain("was in progress when the incident started");
  });
  it("an alert inside an approved change's window names the change", () => {
    const c = { key: "CHG-9", services: ["api"], plannedStart: at(-10), plannedEnd: at(50) };
    expect(changeWindowAt(t0, ["api"], [c])?.key).toBe("CHG-9");
    expect(changeWindowAt(at(50), ["api"], [c])).toBeNull();
    expect(changeWindowAt(t0, ["web"], [c])).toBeNull();
  });
});
