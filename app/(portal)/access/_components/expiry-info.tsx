"use client";
// When a grant ends: the UTC time and, while it runs, a countdown (to the second in its last minute).
import { useNow } from "@/components/ui/use-now";
import { cn } from "@/components/ui/cn";
import { formatDuration } from "@/components/ui/format-duration";
import { Instant } from "@/components/ui/time";
import type { AccessRequestResponse } from "@/lib/access/schemas";

const DAY = 86_400_000;

type Props = {
  request: Pick<AccessRequestResponse, "status" | "expiresAt" | "endedAt" | "durationDays">;
  className?: string;
};

export function ExpiryInfo({ request: r, className }: Props) {
  const now = useNow();
  if (r.status === "APPROVED" && r.expiresAt) {
    const left = now === null ? null : Date.parse(r.expiresAt) - now;
    return (
      <span
        data-testid="grant-expiry"
        data-expires-at={r.expiresAt}
        className={cn("whitespace-nowrap", className)}
      >
        <Instant at={r.expiresAt} zone="utc" seconds className="font-mono text-xs sm:whitespace-nowrap" />
        {left === null ? null : (
          <span
            className={cn(
              "ml-1.5 text-xs whitespace-nowrap",
              left < DAY ? "font-medium text-warning" : "text-muted",
            )}
            data-testid="expiry-countdown"
          >
            {left > 0 ? `in ${formatDuration(left)}` : "ending now"}
          </span>
        )}
      </span>
    );
  }
  if ((r.status === "EXPIRED" || r.status === "REVOKED") && r.endedAt) {
    return (
      <span className={cn("text-xs whitespace-nowrap text-muted", className)}>
        {r.status === "EXPIRED" ? "ended" : "revoked"}{" "}
        <Instant at={r.endedAt} zone="utc" seconds className="font-mono whitespace-nowrap" />
      </span>
    );
  }
  if (r.status === "PENDING") {
    return (
      <span className={cn("text-xs whitespace-nowrap text-muted", className)}>
        {r.durationDays} d once granted
      </span>
    );
  }
  return <span className={cn("text-muted", className)}>—</span>;
}
