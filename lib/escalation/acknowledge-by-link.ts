// Acknowledging through the link a page carried (docs/escalation.md "One-click acknowledge links"): the
// token must be good, for the signed-in person and this incident, and unused; it is marked used in the
// same transaction as the acknowledgement (its primary key refuses a second use, even a concurrent one).
import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { decideAck, readAckToken } from "@/lib/escalation/ack-link";
import { updateIncident } from "@/lib/incidents/update-incident";
import { ackLinkKey } from "@/lib/notify/keys";

const REFUSALS = {
  expired: "This acknowledge link has expired; acknowledge on the incident page",
  tampered: "This acknowledge link is not one the portal signed",
  malformed: "This is not an acknowledge link",
  used: "This acknowledge link was already used",
  "other-person": "This link was sent to someone else; acknowledge on the incident page if it is yours",
  "other-incident": "This link belongs to another incident",
} as const;

export async function acknowledgeByLink(actor: Principal, key: string, token: string, now = new Date()) {
  const read = readAckToken(token, ackLinkKey(), now);
  const used = read.ok ? await db.ackLinkUse.findUnique({ where: { tokenId: read.tokenId } }) : null;
  const decision = decideAck(token, {
    keys: ackLinkKey(),
    sessionUserId: actor.id,
    incidentKey: key,
    isUsed: () => used !== null,
    now,
  });
  if (!decision.ok)
    throw new AppError(decision.reason === "used" ? "CONFLICT" : "UNPROCESSABLE", REFUSALS[decision.reason], {
      errors: [{ path: "token", message: REFUSALS[decision.reason] }],
    });
  const incident = await db.incident.findUnique({
    where: { key },
    select: { version: true, status: true, acknowledgedAt: true },
  });
  if (!incident) throw notFound(`Incident ${key}`);
  if (incident.acknowledgedAt) throw new AppError("CONFLICT", `${key} is already acknowledged`);
  if (incident.status !== "OPEN")
    throw new AppError(
      "UNPROCESSABLE",
      `${key} is ${incident.status.toLowerCase().replace("_", " ")}; nothing to acknowledge`,
    );
  try {
    return await updateIncident(
      actor,
      key,
      { version: incident.version, status: "IN_PROGRESS" },
      now,
      async (tx, current) => {
        await tx.ackLinkUse.create({
          data: {
            tokenId: decision.tokenId,
            userId: actor.id,
            incidentId: current.id,
            usedAt: now,
            expiresAt: decision.expiresAt,
          },
        });
      },
    );
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", REFUSALS.used);
    throw error;
  }
}
