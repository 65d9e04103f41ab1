// What the webhook forms hold and how it becomes the API's input (its own schemas validate the result).
import type { WebhookResponse } from "@/lib/webhooks/schemas";

export type WebhookFormValues = { name: string; url: string; events: string[] };

export const NEW_WEBHOOK_VALUES: WebhookFormValues = { name: "", url: "", events: ["incident.created"] };

export const toCreateInput = (v: WebhookFormValues) => ({ name: v.name, url: v.url, events: v.events });

export const toUpdateInput = (v: WebhookFormValues, version: number) => ({ version, ...toCreateInput(v) });

export const toFormValues = (w: WebhookResponse): WebhookFormValues => ({
  name: w.name,
  url: w.url,
  events: [...w.events],
});
