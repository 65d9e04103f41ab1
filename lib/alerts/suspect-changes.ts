// Suspect changes: which changes probably caused an incident. A change is a suspect when it touched a
// service the incident affects and was being implemented or verified, or completed, in the 24 hours
// before the incident started. Suspects are ranked by three things a responder would weigh, each with
// its reason in words: the same service (the only way in), how recent (a change still running or just
// finished ranks above one from yesterday), and its assessed risk. Pure: the database gives the
// candidates (lib/alerts/suspects.ts), this decides and explains.

export const SUSPECT_LOOKBACK_MS = 24 * 60 * 60 * 1000;

export type ChangeActivity = {
  id: string;
  key: string;
  title: string;
  services: readonly string[];
  riskLevel: "LOW" | "MEDIUM" | "HIGH";
  status: string;
  /** When implementation started (entered IMPLEMENTING). */
  startedAt: Date;
  /** When it ended (COMPLETED, ROLLED_BACK…), or null while implementing or verifying. */
  endedAt: Date | null;
};

export type Suspect = { change: ChangeActivity; score: number; reason: string };

const RISK_POINTS = { HIGH: 20, MEDIUM: 10, LOW: 0 } as const;

/** Suspects for an incident that started at `startedAt` on `services`, most likely first (at most `limit`). */
export function rankSuspects(
  incident: { startedAt: Date; services: readonly string[] },
  candidates: readonly ChangeActivity[],
  limit = 5,
): Suspect[] {
  const start = incident.startedAt.getTime();
  const suspects: Suspect[] = [];
  for (const c of candidates) {
    const shared = c.services.filter((s) => incident.services.includes(s));
    if (shared.length === 0) continue;
    if (c.startedAt.getTime() > start) continue; // began after the incident started
    const running = c.endedAt === null || c.endedAt.getTime() >= start;
    const sinceEnd = running ? 0 : start - c.endedAt!.getTime();
    if (sinceEnd > SUSPECT_LOOKBACK_MS) continue;
    // Recency: 60 points while running, falling linearly to 0 at 24 h after it ended; it outweighs risk.
    const recency = Math.round(60 * (1 - sinceEnd / SUSPECT_LOOKBACK_MS));
    const score = 40 + recency + RISK_POINTS[c.riskLevel] + Math.min(shared.length - 1, 2) * 5;
    const when = running
      ? "was in progress when the incident started"
      : `ended ${ago(sinceEnd)} before the incident started`;
    suspects.push({
      change: c,
      score,
      reason: `Changed ${shared.join(", ")}; ${when}; ${c.riskLevel.toLowerCase()} risk`,
    });
  }
  return suspects
    .sort((a, b) => b.score - a.score || b.change.startedAt.getTime() - a.change.startedAt.getTime())
    .slice(0, limit);
}

/** The approved change whose window contains `at` on one of `services`, if any ("during CHG-…"). */
export function changeWindowAt<
  T extends { key: string; services: readonly string[]; plannedStart: Date | null; plannedEnd: Date | null },
>(at: Date, services: readonly string[], changes: readonly T[]): T | null {
  return (
    changes.find(
      (c) =>
        c.plannedStart !== null &&
        c.plannedEnd !== null &&
        c.plannedStart.getTime() <= at.getTime() &&
        at.getTime() < c.plannedEnd.getTime() &&
        c.services.some((s) => services.includes(s)),
    ) ?? null
  );
}

function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${Math.max(1, minutes)} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
