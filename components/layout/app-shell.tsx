"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { Fragment, useEffect, useRef, useState, type ReactNode } from "react";
import { LogOut, Menu, X } from "lucide-react";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { NotificationBell } from "@/components/layout/notification-bell";
import { ShortcutHelp } from "@/components/layout/shortcut-help";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { cn } from "@/components/ui/cn";
import { useShortcuts } from "@/components/ui/shortcuts";
import { Kbd } from "@/components/ui/states";
import { ROLE_LABELS, type Permission, type Role } from "@/lib/auth/permissions";

type ShellUser = { name: string; email: string; roles: Role[] };

export function AppShell({
  user,
  permissions,
  children,
}: {
  user: ShellUser;
  permissions: Permission[];
  children: ReactNode;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuRef = useRef<HTMLDialogElement>(null);
  const items = NAV_ITEMS.filter((item) => permissions.includes(item.permission));
  // The most specific match wins: on /changes/cab only "CAB board" is current, not "Changes" too.
  const activeHref = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .reduce<string | undefined>(
      (best, item) => (best && best.length >= item.href.length ? best : item.href),
      undefined,
    );

  useEffect(() => setMenuOpen(false), [pathname]);
  useEffect(() => {
    if (menuOpen) menuRef.current?.showModal();
    else menuRef.current?.close();
  }, [menuOpen]);

  // "g" then a letter jumps to a section, as in most ops tools.
  useShortcuts(
    items.map((item) => ({
      key: `g ${item.shortcut}`,
      label: `Go to ${item.label}`,
      group: "global",
      run: () => router.push(item.href),
    })),
  );

  const nav = (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {items.map((item, index) => {
        const active = item.href === activeHref;
        const previousGroup = items[index - 1]?.group;
        // A group (the dashboards) gets a small heading; the items after it a gap.
        const heading =
          item.group && item.group !== previousGroup ? (
            <p
              aria-hidden
              className={cn(
                "px-2.5 pb-0.5 text-[11px] font-medium tracking-wide text-muted uppercase",
                index > 0 && "pt-3",
              )}
            >
              {item.group}
            </p>
          ) : !item.group && previousGroup ? (
            <div aria-hidden className="mx-2.5 my-1.5 border-t border-border" />
          ) : null;
        return (
          <Fragment key={item.href}>
            {heading}
            <Link
              href={item.href}
              // Dashboards are heavy pages: fetched when opened, not on every page that shows the menu.
              prefetch={item.group ? false : undefined}
              aria-current={active ? "page" : undefined}
              aria-label={item.short ? item.label : undefined}
              className={cn(
                "group flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm",
                active
                  ? "bg-accent/10 font-medium text-accent"
                  : "text-muted hover:bg-surface-2 hover:text-fg",
              )}
            >
              <item.icon aria-hidden className="size-4" />
              <span className="flex-1">{item.short ?? item.label}</span>
              <span className="hidden group-hover:inline">
                <Kbd>g {item.shortcut}</Kbd>
              </span>
            </Link>
          </Fragment>
        );
      })}
    </nav>
  );

  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="hidden w-56 shrink-0 flex-col border-r border-border bg-surface px-3 py-4 md:flex">
        <Link
          href="/"
          prefetch={false}
          className="mb-5 flex items-center gap-2 px-2.5 font-semibold tracking-tight"
        >
          <span
            aria-hidden
            className="grid size-6 place-items-center rounded bg-accent text-xs font-bold text-accent-fg"
          >
            N
          </span>
          Neuron Ops
        </Link>
        {nav}
        <div className="mt-auto px-2.5 pt-4 text-xs text-muted">
          Press <Kbd>?</Kbd> for shortcuts
        </div>
      </aside>
      {/* A modal <dialog> on phones: focus moves into it, Escape closes it, the page behind is inert. */}
      <dialog
        ref={menuRef}
        aria-label="Navigation"
        onClose={() => setMenuOpen(false)}
        onClick={(e) => e.target === e.currentTarget && setMenuOpen(false)}
        className="m-0 h-dvh max-h-none w-64 bg-surface p-4 text-fg shadow-xl backdrop:bg-black/40 md:hidden"
      >
        <button
          className="mb-4 rounded p-1 hover:bg-surface-2"
          onClick={() => setMenuOpen(false)}
          aria-label="Close navigation"
        >
          <X className="size-5" />
        </button>
        {menuOpen ? nav : null}
      </dialog>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-12 items-center gap-3 border-b border-border bg-surface/90 px-4 backdrop-blur">
          <button
            className="rounded p-1 hover:bg-surface-2 md:hidden"
            onClick={() => setMenuOpen(true)}
            aria-label="Open navigation"
          >
            <Menu className="size-5" />
          </button>
          <div className="flex-1" />
          <NotificationBell />
          <ThemeToggle />
          <div className="flex items-center gap-2 border-l border-border pl-3" data-testid="current-user">
            <div className="text-right leading-tight">
              <div className="text-sm font-medium">{user.name}</div>
              <div className="text-xs text-muted">{user.roles.map((r) => ROLE_LABELS[r]).join(" · ")}</div>
            </div>
            <a
              href="/logout"
              className="rounded p-1.5 text-muted hover:bg-surface-2 hover:text-fg"
              aria-label="Sign out"
              title="Sign out"
            >
              <LogOut className="size-4" />
            </a>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-5 md:px-6">
          {children}
        </main>
      </div>
      <ShortcutHelp />
    </div>
  );
}
