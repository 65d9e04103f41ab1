"use client";
// The header bell: unread count at a glance, recent notifications one click away. A non-modal popover:
// Escape, a click outside or tabbing out closes it, and the page behind stays usable.
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Bell } from "lucide-react";
import { internalPath, NotificationList } from "@/components/layout/notification-list";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import { useMarkNotificationsRead, useNotifications } from "@/lib/client/notifications";
import type { NotificationResponse } from "@/lib/notifications/schemas";

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const pathname = usePathname();
  const { data, error, refetch } = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = data?.unread ?? 0;

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const toggle = () => {
    if (!open) void refetch();
    setOpen((o) => !o);
  };
  const openOne = (n: NotificationResponse) => {
    if (n.readAt === null) markRead.mutate({ ids: [n.id] });
    if (internalPath(n.link)) setOpen(false);
  };

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(e) => {
        if (open && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget))
          setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        onClick={toggle}
        data-testid="notification-bell"
        // The count as shown, outside parentheses: a name must contain the visible text (WCAG 2.5.3).
        aria-label={unread ? `Notifications, ${unread > 99 ? "99+" : unread} unread` : "Notifications"}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        className="relative rounded p-1.5 text-muted hover:bg-surface-2 hover:text-fg"
      >
        <Bell aria-hidden className="size-4" />
        {unread ? (
          <span
            aria-hidden
            data-testid="notification-count"
            className="absolute -top-0.5 -right-0.5 grid h-4 min-w-4 place-items-center rounded-full bg-danger px-1 text-[10px] leading-none font-bold text-danger-fg"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={panelId}
          role="dialog"
          aria-label="Notifications"
          data-testid="notification-panel"
          className="absolute top-full right-0 z-40 mt-2 w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-border bg-surface text-fg shadow-xl"
        >
          <div className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
            <h2 className="text-sm font-semibold">
              Notifications{" "}
              {unread ? <span className="font-normal text-muted">· {unread} unread</span> : null}
            </h2>
            <Button
              size="sm"
              variant="ghost"
              disabled={!unread || markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
            >
              Mark all read
            </Button>
          </div>
          {markRead.error ? (
            <p role="alert" className="border-b border-border bg-danger/10 px-3 py-1.5 text-xs text-danger">
              Could not mark as read: {markRead.error.message}
            </p>
          ) : null}
          <div className="max-h-96 overflow-y-auto">
            {error && !data ? (
              <div role="alert" className="space-y-2 px-3 py-6 text-center text-sm">
                <p className="text-danger">Notifications could not be loaded.</p>
                <Button size="sm" onClick={() => void refetch()}>
                  Retry
                </Button>
              </div>
            ) : !data ? (
              <div className="grid place-items-center py-6">
                <Spinner label="Loading notifications" className="text-muted" />
              </div>
            ) : data.items.length === 0 ? (
              <p className="px-3 py-6 text-center text-sm text-muted">No notifications yet.</p>
            ) : (
              <NotificationList items={data.items} onOpen={openOne} />
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
