// The most recent DR test that was run: measured recovery time against the target, red when missed.
import { DR_TEST_SHORT, day, hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { cn } from "@/components/ui/cn";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function LastTest({ fn }: { fn: FunctionResponse }) {
  const last = fn.recentTests.find((t) => t.status === "DONE");
  if (!last) return <span className="text-xs text-muted">None run</span>;
  return (
    <span className="text-xs whitespace-nowrap">
      {DR_TEST_SHORT[last.type]} {last.performedAt ? day(last.performedAt) : ""}
      {last.measuredRtoHours !== null ? (
        <span
          className={cn(
            "block font-mono",
            last.rtoMet === false ? "font-semibold text-danger" : "text-muted",
          )}
        >
          RTO {hours(last.measuredRtoHours)} / {hours(last.targetRtoHours)}
        </span>
      ) : null}
    </span>
  );
}
