import { describe, expect, it } from "vitest";
import {
  DETECTION_WINDOW_MS,
  detectAdminGrant,
  detectSignInAnomalies,
  RULES,
  type SignInAttempt,
} from "@/lib/security/detection-rules";

const NOW = new Date("2026-03-02T10:00:00.000Z");
const MINUTE = 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

const failure = (email: string, clientIp: string, at = NOW): SignInAttempt => ({
  at,
  email,
  clientIp,
  success: false,
  reason: "BAD_PASSWORD",
});
const success = (email: string, clientIp: string, at = NOW): SignInAttempt => ({
  at,
  email,
  clientIp,
  success: true,
  reason: "OK",
});
// n failures a minute apart, the newest now, each from its own address unless one is given.
const failures = (n: number, email: (i: number) => string, clientIp: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => failure(email(i), clientIp(i), ago(i * MINUTE)));
const rules = (latest: SignInAttempt, recent: SignInAttempt[]) =>
  detectSignInAnomalies(latest, recent, NOW).map((a) => a.rule);

describe("repeated failed sign-ins for one account", () => {
  it("fires on the 5th failure within 15 minutes, naming the account", () => {
    const recent = failures(
      5,
      () => "ann@example.test",
      (i) => `10.0.0.${i}`,
    );
    const anomalies = detectSignInAnomalies(recent[0]!, recent, NOW);
    expect(anomalies).toEqual([
      {
        rule: RULES.failedSignInsAccount,
        subject: "ann@example.test",
        severity: "HIGH",
        summary: "5 failed sign-ins for ann@example.test within 15 minutes",
        details: {
          email: "ann@example.test",
          failures: 5,
          clientIps: ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"],
        },
      },
    ]);
  });

  it("does not fire on 4", () => {
    const recent = failures(
      4,
      () => "ann@example.test",
      (i) => `10.0.0.${i}`,
    );
    expect(rules(recent[0]!, recent)).toEqual([]);
  });

  it("ignores failures older than the window", () => {
    const recent = failures(
      4,
      () => "ann@example.test",
      (i) => `10.0.0.${i}`,
    );
    const atEdge = failure("ann@example.test", "10.0.1.1", ago(DETECTION_WINDOW_MS));
    const older = failure("ann@example.test", "10.0.1.2", ago(DETECTION_WINDOW_MS + MINUTE));
    expect(rules(recent[0]!, [...recent, atEdge, older])).toEqual([]);
    const justInside = failure("ann@example.test", "10.0.1.3", ago(DETECTION_WINDOW_MS - 1));
    expect(rules(recent[0]!, [...recent, justInside])).toEqual([RULES.failedSignInsAccount]);
  });

  it("counts only that account's failures, and not its successes", () => {
    const others = failures(
      4,
      (i) => `other${i}@example.test`,
      (i) => `10.0.0.${i}`,
    );
    const mine = failures(
      4,
      () => "ann@example.test",
      (i) => `10.0.2.${i}`,
    );
    expect(
      rules(mine[0]!, [...mine, ...others, success("ann@example.test", "10.0.3.1", ago(MINUTE))]),
    ).toEqual([]);
  });

  it("does not fire for an attempt without an email", () => {
    const recent = failures(
      6,
      () => "",
      (i) => `10.0.0.${i}`,
    );
    expect(rules(recent[0]!, recent)).toEqual([]);
  });
});

describe("repeated failed sign-ins from one client", () => {
  it("fires on the 10th failure from one address across accounts, not on the 9th", () => {
    const ten = failures(
      10,
      (i) => `user${i}@example.test`,
      () => "203.0.113.9",
    );
    const anomalies = detectSignInAnomalies(ten[0]!, ten, NOW);
    expect(anomalies.map((a) => [a.rule, a.subject, a.severity])).toEqual([
      [RULES.failedSignInsClient, "203.0.113.9", "HIGH"],
    ]);
    expect(anomalies[0]!.details).toMatchObject({ clientIp: "203.0.113.9", failures: 10 });
    const nine = ten.slice(0, 9);
    expect(rules(nine[0]!, nine)).toEqual([]);
  });

  it("ignores failures from the address older than the window", () => {
    const nine = failures(
      9,
      (i) => `user${i}@example.test`,
      () => "203.0.113.9",
    );
    expect(
      rules(nine[0]!, [...nine, failure("old@example.test", "203.0.113.9", ago(DETECTION_WINDOW_MS + 1))]),
    ).toEqual([]);
  });

  it("fires both rules when one account fails 10 times from one address", () => {
    const ten = failures(
      10,
      () => "ann@example.test",
      () => "203.0.113.9",
    );
    expect(rules(ten[0]!, ten)).toEqual([RULES.failedSignInsAccount, RULES.failedSignInsClient]);
  });
});

describe("a sign-in after failures", () => {
  it("fires when the account signs in after 3 failures within the window", () => {
    const before = failures(
      3,
      () => "ann@example.test",
      (i) => `10.0.0.${i}`,
    ).map((f) => ({ ...f, at: new Date(f.at.getTime() - MINUTE) }));
    const latest = success("ann@example.test", "198.51.100.7");
    const anomalies = detectSignInAnomalies(latest, [latest, ...before], NOW);
    expect(anomalies).toEqual([
      {
        rule: RULES.signInAfterFailures,
        subject: "ann@example.test",
        severity: "HIGH",
        summary: "ann@example.test signed in after 3 failed attempts within 15 minutes",
        details: {
          email: "ann@example.test",
          failures: 3,
          clientIp: "198.51.100.7",
          failedFrom: ["10.0.0.0", "10.0.0.1", "10.0.0.2"],
        },
      },
    ]);
  });

  it("does not fire after 2", () => {
    const before = failures(
      2,
      () => "ann@example.test",
      (i) => `10.0.0.${i}`,
    ).map((f) => ({ ...f, at: new Date(f.at.getTime() - MINUTE) }));
    const latest = success("ann@example.test", "198.51.100.7");
    expect(rules(latest, [latest, ...before])).toEqual([]);
  });

  it("does not count failures older than the window or for another account", () => {
    const latest = success("ann@example.test", "198.51.100.7");
    const recent = [
      latest,
      failure("ann@example.test", "10.0.0.1", ago(MINUTE)),
      failure("ann@example.test", "10.0.0.1", ago(2 * MINUTE)),
      failure("ann@example.test", "10.0.0.1", ago(DETECTION_WINDOW_MS + 1)),
      failure("bob@example.test", "10.0.0.1", ago(MINUTE)),
    ];
    expect(rules(latest, recent)).toEqual([]);
  });

  it("never raises the failure rules for a success", () => {
    const ten = failures(
      10,
      () => "ann@example.test",
      () => "203.0.113.9",
    );
    const latest = success("ann@example.test", "203.0.113.9");
    expect(rules(latest, [latest, ...ten])).toEqual([RULES.signInAfterFailures]);
  });
});

describe("an ADMIN grant", () => {
  const grant = {
    requestId: "req-1",
    grantee: "ann@example.test",
    resources: ["prod-db", "billing"],
    approvers: ["sec-1", "sec-2"],
  };
  it("raises an anomaly for ADMIN, keyed to the request", () => {
    expect(detectAdminGrant({ ...grant, accessType: "ADMIN" })).toEqual({
      rule: RULES.adminAccessGranted,
      subject: "req-1",
      severity: "MEDIUM",
      summary: "ADMIN access granted to ann@example.test on prod-db, billing",
      details: { ...grant, accessType: "ADMIN" },
    });
  });
  it.each(["READ", "WRITE"])("raises nothing for %s", (accessType) => {
    expect(detectAdminGrant({ ...grant, accessType })).toBeNull();
  });
});
