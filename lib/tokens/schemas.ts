import { z } from "zod";
import { instant } from "@/lib/api/instant";

export const createTokenInput = z.object({
  name: z.string().trim().min(1, "Name the token after what will use it").max(100, "At most 100 characters"),
  expiresAt: instant
    .nullish()
    .refine((v) => !v || new Date(v).getTime() > Date.now(), "The expiry must be in the future"),
});
export type CreateTokenInput = z.infer<typeof createTokenInput>;

export const tokenParams = z.object({ id: z.uuid("Not a token id") });

export const tokenResponse = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The first characters of the token, to recognise it"),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type TokenResponse = z.infer<typeof tokenResponse>;

export const createdTokenResponse = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string().describe("The secret, shown this once"),
  expiresAt: z.iso.datetime().nullable(),
});

export const tokenListResponse = z.object({ items: z.array(tokenResponse), nextCursor: z.null() });
