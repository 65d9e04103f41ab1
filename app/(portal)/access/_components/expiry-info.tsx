"use client";
// When a grant ends: the UTC time and, while it runs, a countdown (to the second in its last minute).
import { formatRemaining, formatUtc } from "@/app/(portal)/access/_components/utc";
import { useNow } from "@/app/(portal)/access/_components/use-now";
import { cn } from "@/components/ui/cn";
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
        <span className="font-mono text-xs sm:whitespace-nowrap">{formatUtc(r.expiresAt)}</span>
        {left === null ? null : (
          <span
            className={cn(
              "ml-1.5 text-xs whitespace-nowrap",
              left < DAY ? "font-medium text-warning" : "text-muted",
            )}
            data-testid="expiry-countdown"
          >
            {left > 0 ? `in ${formatRemaining(left)}` : "ending now"}
          </span>
        )}
      </span>
    );
  }
  if ((r.status === "EXPIRED" || r.status === "REVOKED") && r.endedAt) {
    return (
      <span className={cn("text-xs whitespace-nowrap text-muted", className)}>
        {r.status === "EXPIRED" ? "ended" : "revoked"}{" "}
        <span className="font-mono whitespace-nowrap">{formatUtc(r.endedAt)}</span>
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
