"use client";
// The deployment gate as a pipeline would see it right now. The API's reasons carry ISO instants (for
// pipelines); here each one is shown as a time in UTC, since windows and freezes are UTC.
import { CheckCircle2, ShieldAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { SkeletonRows } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import { useChangeGate } from "@/lib/client/changes";

export function GateStatus({ changeKey, className }: { changeKey: string; className?: string }) {
  const gate = useChangeGate(changeKey);
  return (
    <Panel title="Deployment gate now" testId="gate-status" className={className}>
      {gate.isPending ? (
        <SkeletonRows rows={2} columns={1} />
      ) : gate.isError && !gate.data ? (
        <div role="alert" className="flex items-center gap-2 text-sm text-danger">
          <span className="flex-1">Could not ask the gate: {gate.error.message}</span>
          <Button size="sm" variant="ghost" onClick={() => void gate.refetch()}>
            Retry
          </Button>
        </div>
      ) : gate.data?.allowed ? (
        <p className="flex items-center gap-1.5 text-sm font-medium text-success" data-allowed="true">
          <CheckCircle2 aria-hidden className="size-4" /> Open: it may deploy now
        </p>
      ) : gate.data ? (
        <div data-allowed="false">
          <p className="flex items-center gap-1.5 text-sm font-medium text-danger">
            <ShieldAlert aria-hidden className="size-4" /> Closed: a pipeline asking now is refused
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-muted">
            {gate.data.reasons.map((r) => (
              <li key={r}>
                <ReasonText text={r} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-2 font-mono text-[11px] break-all text-muted">GET /api/changes/{changeKey}/gate</p>
    </Panel>
  );
}

const ISO_INSTANT = /(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z)/;

// "Its planned window opens at 2030-01-01T10:00:00Z" → "… opens at <time>1 Jan 2030, 10:00 UTC</time>".
function ReasonText({ text }: { text: string }) {
  return text
    .split(ISO_INSTANT)
    .map((part, i) => (i % 2 === 1 ? <Instant key={i} at={part} zone="utc" /> : part || null));
}
