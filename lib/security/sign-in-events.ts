// Every sign-in attempt, good or bad, becomes a LOGIN_ATTEMPT security event, and the sign-in detection
// rules run on the attempts around it. A failure here never blocks or fails the sign-in itself.
import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { DETECTION_WINDOW_MS, detectSignInAnomalies } from "@/lib/security/detection-rules";
import { raiseAnomaly, recordSecurityEvent } from "@/lib/security/record-security-event";

const REASONS: Record<string, string> = {
  OK: "Signed in",
  BAD_PASSWORD: "Wrong password",
  UNKNOWN_ACCOUNT: "Unknown account",
  DISABLED_ACCOUNT: "Disabled account",
  RATE_LIMITED: "Refused by the sign-in limit",
  INVALID_INPUT: "Malformed sign-in",
};

export type FinishedAttempt = {
  email: string;
  userId: string | null;
  clientIp: string;
  success: boolean;
  reason: string;
};

export async function recordSignInSecurityEvents(attempt: FinishedAttempt, now = new Date()): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const label = REASONS[attempt.reason] ?? attempt.reason;
      await recordSecurityEvent(tx, {
        type: "LOGIN_ATTEMPT",
        severity: attempt.success ? "LOW" : attempt.reason === "RATE_LIMITED" ? "HIGH" : "MEDIUM",
        summary: `${label}: ${attempt.email || "(no email)"} from ${attempt.clientIp}`,
        user: attempt.email ? { id: attempt.userId, email: attempt.email } : null,
        details: { clientIp: attempt.clientIp, success: attempt.success, reason: attempt.reason },
        at: now,
      });
      const since = new Date(now.getTime() - DETECTION_WINDOW_MS);
      const recent = await tx.loginAttempt.findMany({
        where: {
          at: { gt: since },
          reason: { not: "PENDING" },
          OR: [{ email: attempt.email }, { clientIp: attempt.clientIp }],
        },
        orderBy: { at: "desc" },
        take: 500,
        select: { at: true, email: true, clientIp: true, success: true, reason: true },
      });
      const latest = { ...attempt, at: now };
      for (const anomaly of detectSignInAnomalies(latest, recent, now)) {
        await raiseAnomaly(
          tx,
          anomaly,
          attempt.email ? { id: attempt.userId, email: attempt.email } : null,
          now,
        );
      }
    });
  } catch (error) {
    log.error("could not record sign-in security events", { error: String(error) });
  }
}
