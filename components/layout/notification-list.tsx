"use client";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { Instant } from "@/components/ui/time";
import type { NotificationResponse } from "@/lib/notifications/schemas";

// Only same-site paths become links: a notification must not send anyone off the portal.
export const internalPath = (link: string | null) =>
  link && link.startsWith("/") && !link.startsWith("//") ? link : null;

type Props = { items: NotificationResponse[]; onOpen: (n: NotificationResponse) => void };

export function NotificationList({ items, onOpen }: Props) {
  return (
    <ul className="divide-y divide-border" aria-label="Recent notifications">
      {items.map((n) => {
        const isUnread = n.readAt === null;
        const href = internalPath(n.link);
        const body = (
          <>
            <span
              aria-hidden
              className={cn("mt-1.5 size-2 shrink-0 rounded-full", isUnread ? "bg-accent" : "bg-transparent")}
            />
            <span className="min-w-0 flex-1">
              <span className={cn("block text-sm", isUnread ? "font-semibold" : "text-muted")}>
                {n.title}
                {isUnread ? <span className="sr-only"> (unread)</span> : null}
              </span>
              {n.body ? <span className="line-clamp-2 block text-xs text-muted">{n.body}</span> : null}
              <span className="block text-xs text-muted">
                <Instant at={n.createdAt} relative />
              </span>
            </span>
          </>
        );
        const className =
          "flex w-full gap-2 px-3 py-2 text-left hover:bg-surface-2 focus-visible:bg-surface-2";
        return (
          <li key={n.id} data-testid="notification-item" data-read={!isUnread}>
            {href ? (
              <Link href={href} className={className} onClick={() => onOpen(n)}>
                {body}
              </Link>
            ) : (
              <button type="button" className={className} onClick={() => onOpen(n)}>
                {body}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
