import { SEVERITY_STYLES, type EventSeverity } from "@/app/(portal)/security/_components/security-labels";
import { cn } from "@/components/ui/cn";

export function SecuritySeverityBadge({
  severity,
  className,
}: {
  severity: EventSeverity;
  className?: string;
}) {
  return (
    <span
      data-testid="event-severity"
      data-severity={severity}
      className={cn(
        "inline-flex w-16 justify-center rounded border px-1 py-0.5 font-mono text-[11px] font-bold",
        SEVERITY_STYLES[severity],
        className,
      )}
    >
      {severity}
    </span>
  );
}
