// Detection rules: code that looks at what just happened and raises an ANOMALY security event naming
// the rule. Pure: each rule gets the recent facts and answers with an anomaly or nothing; the caller
// records it at most once per rule, subject and window.
export type SignInAttempt = { at: Date; email: string; clientIp: string; success: boolean; reason: string };
export type Severity = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
export type Anomaly = {
  rule: string;
  subject: string;
  severity: Severity;
  summary: string;
  details: Record<string, unknown>;
};

export const DETECTION_WINDOW_MS = 15 * 60_000;
export const THRESHOLDS = {
  failuresPerAccount: 5, // failed sign-ins for one account within the window
  failuresPerClient: 10, // failed sign-ins from one client address within the window
  failuresBeforeSuccess: 3, // failures for the account just before a successful sign-in
} as const;

export const RULES = {
  failedSignInsAccount: "repeated-failed-sign-ins-account",
  failedSignInsClient: "repeated-failed-sign-ins-client",
  signInAfterFailures: "sign-in-after-failures",
  adminAccessGranted: "admin-access-granted",
} as const;

const inWindow = (attempts: readonly SignInAttempt[], now: Date) =>
  attempts.filter(
    (a) => a.at.getTime() > now.getTime() - DETECTION_WINDOW_MS && a.at.getTime() <= now.getTime(),
  );

// `recent` holds the attempts for this account and from this client address, the latest one included.
export function detectSignInAnomalies(
  latest: SignInAttempt,
  recent: readonly SignInAttempt[],
  now: Date,
): Anomaly[] {
  const window = inWindow(recent, now);
  const anomalies: Anomaly[] = [];
  if (!latest.success) {
    const forAccount = window.filter((a) => a.email === latest.email && !a.success);
    if (latest.email && forAccount.length >= THRESHOLDS.failuresPerAccount) {
      anomalies.push({
        rule: RULES.failedSignInsAccount,
        subject: latest.email,
        severity: "HIGH",
        summary: `${forAccount.length} failed sign-ins for ${latest.email} within 15 minutes`,
        details: {
          email: latest.email,
          failures: forAccount.length,
          clientIps: [...new Set(forAccount.map((a) => a.clientIp))],
        },
      });
    }
    const fromClient = window.filter((a) => a.clientIp === latest.clientIp && !a.success);
    if (fromClient.length >= THRESHOLDS.failuresPerClient) {
      anomalies.push({
        rule: RULES.failedSignInsClient,
        subject: latest.clientIp,
        severity: "HIGH",
        summary: `${fromClient.length} failed sign-ins from ${latest.clientIp} within 15 minutes`,
        details: {
          clientIp: latest.clientIp,
          failures: fromClient.length,
          accounts: [...new Set(fromClient.map((a) => a.email))].slice(0, 20),
        },
      });
    }
  } else {
    const before = window.filter(
      (a) => a.email === latest.email && !a.success && a.at.getTime() <= latest.at.getTime(),
    );
    if (before.length >= THRESHOLDS.failuresBeforeSuccess) {
      anomalies.push({
        rule: RULES.signInAfterFailures,
        subject: latest.email,
        severity: "HIGH",
        summary: `${latest.email} signed in after ${before.length} failed attempts within 15 minutes`,
        details: {
          email: latest.email,
          failures: before.length,
          clientIp: latest.clientIp,
          failedFrom: [...new Set(before.map((a) => a.clientIp))],
        },
      });
    }
  }
  return anomalies;
}

export function detectAdminGrant(grant: {
  requestId: string;
  accessType: string;
  grantee: string;
  resources: string[];
  approvers: string[];
}): Anomaly | null {
  if (grant.accessType !== "ADMIN") return null;
  return {
    rule: RULES.adminAccessGranted,
    subject: grant.requestId,
    severity: "MEDIUM",
    summary: `ADMIN access granted to ${grant.grantee} on ${grant.resources.join(", ")}`,
    details: grant,
  };
}
