import { describe, expect, it } from "vitest";
import { renderIncidentNotification, type NotificationInput } from "@/lib/incidents/notification-template";

// Handbook "Communication Templates" → Incident Notification Template.
const base: NotificationInput = {
  key: "INC-2026-0001",
  severity: "P1",
  status: "OPEN",
  affectedServices: ["User Authentication", "Case Management"],
  impact: "Users unable to log in to the system",
  startedAt: new Date("2026-01-15T14:30:00.000Z"),
  nextUpdateAt: new Date("2026-01-15T15:00:00.000Z"),
  currentActions: [
    "Investigating authentication service failures",
    "Implementing temporary workaround",
    "Monitoring system health",
  ],
  workaround: null,
  statusPageUrl: "https://status.neuron.com/incidents/INC-2026-0001",
};

const lines = (n: NotificationInput) => renderIncidentNotification(n).split("\n");

describe("renderIncidentNotification", () => {
  it("renders the handbook template for a realistic P1", () => {
    expect(renderIncidentNotification(base)).toBe(
      [
        "## Incident Notification",
        "",
        "**Incident ID**: INC-2026-0001",
        "**Severity**: P1 - Critical",
        "**Status**: Investigating",
        "**Affected Services**: User Authentication, Case Management",
        "**Impact**: Users unable to log in to the system",
        "**Started**: 2026-01-15 14:30 UTC",
        "**Next Update**: 2026-01-15 15:00 UTC",
        "",
        "**Current Actions**:",
        "- Investigating authentication service failures",
        "- Implementing temporary workaround",
        "- Monitoring system health",
        "",
        "**Workaround**: None available at this time",
        "",
        "For updates, visit: https://status.neuron.com/incidents/INC-2026-0001",
      ].join("\n"),
    );
  });

  it.each([
    ["P1", "P1 - Critical"],
    ["P2", "P2 - High"],
    ["P3", "P3 - Medium"],
    ["P4", "P4 - Low"],
  ] as const)("severity %s is shown as %s", (severity, label) => {
    expect(lines({ ...base, severity })).toContain(`**Severity**: ${label}`);
  });

  it.each([
    ["OPEN", "Investigating"],
    ["IN_PROGRESS", "Investigating"],
    ["RESOLVED", "Resolved"],
  ])("status %s is shown as %s", (status, word) => {
    expect(lines({ ...base, status })).toContain(`**Status**: ${word}`);
  });

  it("times are UTC minutes, whatever the seconds", () => {
    const out = lines({
      ...base,
      startedAt: new Date("2026-07-04T09:05:59.999Z"),
      nextUpdateAt: new Date("2026-07-04T23:59:00.000Z"),
    });
    expect(out).toContain("**Started**: 2026-07-04 09:05 UTC");
    expect(out).toContain("**Next Update**: 2026-07-04 23:59 UTC");
  });

  it("a single affected service is listed without a separator", () => {
    expect(lines({ ...base, affectedServices: ["case-api"] })).toContain("**Affected Services**: case-api");
  });

  it("a given workaround is shown, trimmed", () => {
    expect(lines({ ...base, workaround: "  Use SSO login at /sso  " })).toContain(
      "**Workaround**: Use SSO login at /sso",
    );
  });

  it.each([null, "", "   "])("workaround %j falls back to the handbook default", (workaround) => {
    expect(lines({ ...base, workaround })).toContain("**Workaround**: None available at this time");
  });

  it("without a status page URL the message ends at the workaround", () => {
    const { statusPageUrl: _omit, ...rest } = base;
    const out = lines(rest);
    expect(out.at(-1)).toBe("**Workaround**: None available at this time");
    expect(out.some((l) => l.startsWith("For updates"))).toBe(false);
  });
});
