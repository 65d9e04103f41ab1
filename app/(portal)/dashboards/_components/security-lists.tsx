"use client";
// The security dashboard's lists: events (not investigated yet, recent anomalies) and access grants
// (pending, ending soon, ADMIN). An item links to its page only for a viewer who may open it.
import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
import { TYPE_LABELS } from "@/app/(portal)/security/_components/security-labels";
import { SecuritySeverityBadge } from "@/app/(portal)/security/_components/severity-badge";
import { TriageBadge } from "@/app/(portal)/security/_components/triage-badge";
import { ITEM, ItemList } from "./parts";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDuration } from "@/components/ui/format-duration";
import { formatInstant } from "@/components/ui/format-time";
import { Instant } from "@/components/ui/time";
import type { SecurityDashboard as Data } from "@/lib/dashboards/schemas";
import type { SecurityEventResponse } from "@/lib/security/schemas";

// An item links to its page only for a viewer who may open it (else its title is plain text).
function ItemLink({
  href,
  className,
  title,
  children,
}: {
  href: string | undefined;
  className: string;
  title: string;
  children: ReactNode;
}) {
  return href ? (
    <IntentLink href={href} className={cn(className, "hover:underline")} title={title}>
      {children}
    </IntentLink>
  ) : (
    <span className={className} title={title}>
      {children}
    </span>
  );
}

type ListProps<T> = { items: T[]; testId: string; empty: string; canOpen: boolean };

export function EventList({
  items,
  testId,
  empty,
  showTriage,
  canOpen,
}: ListProps<SecurityEventResponse> & { showTriage: boolean }) {
  return (
    <ItemList items={items} empty={empty}>
      {(e) => (
        <li key={e.id} className={ITEM} data-testid={testId}>
          <SecuritySeverityBadge severity={e.severity} />
          <ItemLink
            href={canOpen ? `/security/${e.id}` : undefined}
            className="min-w-0 flex-1 truncate"
            title={e.summary}
          >
            {e.summary}
          </ItemLink>
          {showTriage ? <TriageBadge event={e} /> : null}
          <span className="basis-full truncate pl-[4.5rem] text-xs text-muted">
            {TYPE_LABELS[e.type]}
            {e.user ? ` · ${e.user}` : ""} · <Instant at={e.at} />
            {e.incident ? ` · escalated to ${e.incident.key}` : ""}
          </span>
        </li>
      )}
    </ItemList>
  );
}

type Grant = Data["pendingAccessRequests"][number];

function GrantExpiry({ expiresAt, now }: { expiresAt: string; now: number | null }) {
  const at = formatInstant(expiresAt, { zone: "utc" });
  return (
    <span className="font-medium text-warning" title={at}>
      {" "}
      · {now === null ? `ends ${at}` : `ends in ${formatDuration(Date.parse(expiresAt) - now)}`}
    </span>
  );
}

export function GrantList({
  items,
  testId,
  empty,
  now,
  showExpiry,
  canOpen,
}: ListProps<Grant> & { now: number | null; showExpiry: boolean }) {
  return (
    <ItemList items={items} empty={empty}>
      {(g) => (
        <li key={g.id} className={ITEM} data-testid={testId}>
          <Badge
            tone={g.accessType === "ADMIN" ? "danger" : g.accessType === "WRITE" ? "warning" : "neutral"}
            className="w-14 justify-center"
          >
            {g.accessType}
          </Badge>
          <ItemLink
            href={canOpen ? `/access/${g.id}` : undefined}
            className="min-w-0 flex-1 truncate font-mono text-xs"
            title={g.resources.join(", ")}
          >
            {g.resources.join(", ")}
          </ItemLink>
          <span className="min-w-0 basis-full truncate pl-16 text-xs text-muted">
            for {g.grantee}
            {g.requester !== g.grantee ? ` (asked by ${g.requester})` : ""}
            {showExpiry && g.expiresAt ? <GrantExpiry expiresAt={g.expiresAt} now={now} /> : null}
          </span>
        </li>
      )}
    </ItemList>
  );
}
