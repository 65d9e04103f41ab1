// The notification log's filters, bound to the URL: whose (ops managers and admins: everyone's), which
// channel, which status.
import {
  CHANNEL_LABELS,
  CHANNELS,
  DELIVERY_STATUS_LABELS,
  DELIVERY_STATUSES,
} from "@/app/(portal)/webhooks/_components/delivery-words";
import { menuFilter, optionsOf } from "@/components/ui/filter-fields";
import type { FilterField, UrlFilters } from "@/components/ui/url-filters";
import type { NotificationLogFilters } from "@/lib/client/notification-log";

export type OutboxFilterName = "scope" | "channel" | "status";

export const OUTBOX_FILTER_NAMES: OutboxFilterName[] = ["scope", "channel", "status"];

const SCOPE_FIELD = menuFilter<OutboxFilterName>(
  "scope",
  "recipient",
  [{ value: "all", label: "Everyone" }],
  {
    kind: "segmented",
    label: "Whose notifications",
    any: "Mine",
    chipName: false,
  },
);
const CHANNEL_FIELD = menuFilter<OutboxFilterName>(
  "channel",
  "channel",
  optionsOf(CHANNELS, CHANNEL_LABELS),
  {
    className: "sm:w-48",
  },
);
const STATUS_FIELD = menuFilter<OutboxFilterName>(
  "status",
  "status",
  optionsOf(DELIVERY_STATUSES, DELIVERY_STATUS_LABELS),
  { className: "sm:w-40" },
);

export const outboxFilterFields = (canSeeEveryone: boolean): FilterField<OutboxFilterName>[] =>
  canSeeEveryone ? [SCOPE_FIELD, CHANNEL_FIELD, STATUS_FIELD] : [CHANNEL_FIELD, STATUS_FIELD];

/** The URL's filters as the API takes them; a value it does not know is dropped. */
export function toLogFilters(
  f: UrlFilters<OutboxFilterName>,
  canSeeEveryone: boolean,
): NotificationLogFilters {
  return {
    scope: canSeeEveryone && f.scope === "all" ? "all" : "mine",
    channel: CHANNELS.find((c) => c === f.channel) ?? "",
    status: DELIVERY_STATUSES.find((s) => s === f.status) ?? "",
  };
}
