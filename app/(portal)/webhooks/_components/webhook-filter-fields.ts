// The webhook list's filters, bound to the URL. The list is small and not paged: it is filtered here.
import { webhookTrouble } from "@/app/(portal)/webhooks/_components/delivery-words";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import type { WebhookResponse } from "@/lib/webhooks/schemas";

type Name = "q" | "attention";

export const WEBHOOK_FILTER_FIELDS: FilterField<Name>[] = [
  { kind: "search", name: "q", label: "Search webhooks", placeholder: "Search name, URL or event" },
  {
    kind: "toggle",
    name: "attention",
    label: "Needs a look",
    tone: "danger",
    title: "Webhooks with failed deliveries in the last 24 hours, or deliveries waiting",
  },
];

export const WEBHOOK_FILTER_NAMES = fieldNames(WEBHOOK_FILTER_FIELDS);

export function filterWebhooks(items: readonly WebhookResponse[], f: UrlFilters<Name>): WebhookResponse[] {
  const needle = f.q.trim().toLowerCase();
  return items.filter(
    (w) =>
      (f.attention !== "true" || webhookTrouble(w.stats) !== null) &&
      (!needle ||
        w.name.toLowerCase().includes(needle) ||
        w.url.toLowerCase().includes(needle) ||
        w.events.some((e) => e.includes(needle))),
  );
}
