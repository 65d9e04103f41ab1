// API routes: the caller's notifications.
import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import { markReadInput, notificationListResponse } from "@/lib/notifications/schemas";

export const notificationsRoutes = {
  listNotifications: defineRoute({
    method: "GET",
    path: "/api/notifications",
    summary: "The caller's notifications and unread count",
    tag: "Notifications",
    permission: "notification:read",
    response: notificationListResponse,
  }),
  markNotificationsRead: defineRoute({
    method: "POST",
    path: "/api/notifications/read",
    summary: "Mark some (ids) or all of the caller's notifications read",
    tag: "Notifications",
    permission: "notification:read",
    body: markReadInput,
    response: z.object({ marked: z.number().int() }),
  }),
} as const;
