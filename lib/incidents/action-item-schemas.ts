import { z } from "zod";

export const actionItemListQuery = z.object({
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE", "NOT_DONE"]).default("NOT_DONE"),
  owner: z.string().max(40).optional().describe("A user id or `me`"),
});
export type ActionItemListQuery = z.infer<typeof actionItemListQuery>;
export const updateActionItemInput = z.object({
  version: z.number().int().positive(),
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE"]),
});
export type UpdateActionItemInput = z.infer<typeof updateActionItemInput>;
export const actionItemParams = z.object({ id: z.uuid("Not an action item id") });
