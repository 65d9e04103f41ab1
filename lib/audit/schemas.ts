import { z } from "zod";
import { listLimit } from "@/lib/api/pagination";

export const auditListQuery = z.object({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(200).optional(),
  actor: z.string().max(320).optional().describe("Actor email (exact)"),
  action: z.string().max(100).optional(),
  limit: listLimit,
  cursor: z.string().max(200).optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditRecordResponse = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  actorEmail: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditRecordResponse = z.infer<typeof auditRecordResponse>;
