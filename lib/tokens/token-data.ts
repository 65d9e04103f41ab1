// API token data functions: create (secret returned once), list own, revoke own.
import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import type { CreateTokenInput, TokenResponse } from "@/lib/tokens/schemas";
import { generateTokenSecret } from "@/lib/tokens/token-secret";

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

function toTokenResponse(row: TokenRow): TokenResponse {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function createApiToken(actor: Actor & { id: string }, input: CreateTokenInput) {
  const { secret, hash, prefix } = generateTokenSecret();
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        tokenHash: hash,
        prefix,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "token.create",
      entityType: "api_token",
      entityId: row.id,
      after: toTokenResponse(row),
    });
    await recordSecurityEvent(tx, {
      type: "SYSTEM_CHANGE",
      severity: "LOW",
      summary: `API token "${row.name}" (${prefix}…) created by ${actor.email}`,
      user: { id: actor.id, email: actor.email },
      details: { tokenId: row.id, prefix, expiresAt: row.expiresAt?.toISOString() ?? null },
      recordedById: actor.id,
    });
    return { id: row.id, name: row.name, token: secret, expiresAt: row.expiresAt?.toISOString() ?? null };
  });
}

export async function listApiTokens(userId: string): Promise<TokenResponse[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map(toTokenResponse);
}

// Revoking is idempotent; someone else's token is reported as missing, never as forbidden.
export async function revokeApiToken(actor: Actor & { id: string }, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.findFirst({ where: { id, userId: actor.id } });
    if (!row) throw notFound("Token");
    if (row.revokedAt) return;
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actor,
      action: "token.revoke",
      entityType: "api_token",
      entityId: id,
      before: toTokenResponse(row),
      after: toTokenResponse(revoked),
    });
    await recordSecurityEvent(tx, {
      type: "SYSTEM_CHANGE",
      severity: "LOW",
      summary: `API token "${row.name}" (${row.prefix}…) revoked by ${actor.email}`,
      user: { id: actor.id, email: actor.email },
      details: { tokenId: id, prefix: row.prefix },
      recordedById: actor.id,
    });
  });
}
