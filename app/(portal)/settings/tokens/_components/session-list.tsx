"use client";
// The caller's signed-in browsers, and "sign out everywhere": it ends all of them, this one included,
// on every instance at once (the sessions live in the database), then goes to the sign-in page.
import { LogOut } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import type { LiveSession } from "@/lib/auth/sessions-schemas";
import { useSignOutEverywhere } from "@/lib/client/sessions";

export function SessionList({ sessions, currentId }: { sessions: LiveSession[]; currentId: string | null }) {
  const signOutAll = useSignOutEverywhere();

  function signOutEverywhere() {
    if (!window.confirm("Sign out of every browser, this one included? API tokens keep working.")) return;
    // A full page load on purpose: nothing of the ended session stays in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    signOutAll.mutate(undefined, { onSuccess: () => window.location.assign("/login") });
  }

  return (
    <section aria-labelledby="sessions-heading" className="mt-8">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="sessions-heading" className="text-base font-semibold">
            Signed-in browsers
          </h2>
          <p className="mt-0.5 text-sm text-muted">
            Each ends after 30 minutes without activity, 12 hours after sign-in, or when you sign out.
          </p>
        </div>
        <Button variant="danger" onClick={signOutEverywhere} disabled={signOutAll.isPending}>
          {signOutAll.isPending ? <Spinner label="Signing out" /> : <LogOut aria-hidden className="size-4" />}{" "}
          Sign out everywhere
        </Button>
      </div>
      {signOutAll.error ? (
        <p role="alert" className="mb-3 rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {signOutAll.error.message}
        </p>
      ) : null}
      <ul className="divide-y divide-border rounded-lg border border-border bg-surface text-sm">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
            <span className="min-w-0 flex-1 truncate" title={s.userAgent ?? undefined}>
              {s.userAgent ?? "Unknown browser"}
            </span>
            {s.id === currentId ? <Badge tone="success">This browser</Badge> : null}
            <span className="text-muted">{s.clientIp ?? "unknown address"}</span>
            <span className="text-muted">
              signed in <Instant at={s.createdAt} />, last active <Instant at={s.lastSeenAt} relative />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
