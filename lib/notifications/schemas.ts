import { z } from "zod";

export const notificationResponse = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.iso.datetime().nullable(),
});
export type NotificationResponse = z.infer<typeof notificationResponse>;
export const notificationListResponse = z.object({
  unread: z.number().int(),
  items: z.array(notificationResponse),
});
export const markReadInput = z
  .object({ ids: z.array(z.uuid()).max(200).optional(), all: z.boolean().optional() })
  .refine((v) => v.all === true || (v.ids?.length ?? 0) > 0, "Send `ids` or `all: true`");
export type MarkReadInput = z.infer<typeof markReadInput>;
