"use client";
// A live countdown to an SLA deadline: green while running, amber once 75 % has run, red when breached.
import { cn } from "@/components/ui/cn";
import { formatDuration } from "@/components/ui/format-duration";
import { formatInstant } from "@/components/ui/format-time";
import { AT_RISK_FRACTION } from "@/lib/incidents/sla";

type Props = {
  label: string;
  startIso: string;
  dueIso: string;
  stoppedIso: string | null;
  now: number;
  compact?: boolean;
};

export function SlaCountdown({ label, startIso, dueIso, stoppedIso, now, compact = false }: Props) {
  const start = Date.parse(startIso);
  const due = Date.parse(dueIso);
  if (stoppedIso) {
    const met = Date.parse(stoppedIso) <= due;
    return (
      <span
        className={cn("inline-flex items-center gap-1 text-xs", met ? "text-success" : "text-danger")}
        title={`${label} ${met ? "met" : "breached"}`}
      >
        {compact ? null : <span className="text-muted">{label} </span>}
        {met ? "✓ met" : "✗ breached"}
      </span>
    );
  }
  const left = due - now;
  const breached = left < 0;
  const atRisk = !breached && now - start >= (due - start) * AT_RISK_FRACTION;
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 font-mono text-xs tabular-nums",
        breached ? "font-bold text-danger" : atRisk ? "font-semibold text-warning" : "text-fg",
      )}
      title={`${label} due ${formatInstant(dueIso, { zone: "utc" })}`}
      data-state={breached ? "breached" : atRisk ? "at-risk" : "running"}
    >
      {/* Spaces in the text, not only gaps in the layout: copied or read aloud, it is "Respond 21 s". */}
      {compact ? null : <span className="font-sans text-muted">{label} </span>}
      {formatDuration(left)}
      {breached ? <span className="font-sans"> breached</span> : null}
    </span>
  );
}
