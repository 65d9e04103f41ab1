"use client";
// The schedule list's columns: who is on call now and until when, who is next, a coming gap, the zone
// and the layers. The live columns read each schedule's timeline (one request per schedule, shared).
import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { useScheduleSummary } from "@/app/(portal)/schedules/_components/use-schedule-summary";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/time";
import { ZonedTime } from "@/components/ui/zoned-time";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

const Pending = () => (
  <span className="inline-block h-4 w-24 animate-pulse rounded bg-surface-2" aria-hidden />
);

function NowCell({ s }: { s: ScheduleResponse }) {
  const { summary, nameOf, isPending, error } = useScheduleSummary(s.id);
  if (error) return <span className="text-xs text-danger">Could not be computed</span>;
  if (isPending || !summary) return <Pending />;
  const name = nameOf(summary.now.userId);
  return (
    <span data-testid="on-call-now" className="inline-flex flex-wrap items-baseline gap-x-1">
      {name ? <span className="font-medium">{name}</span> : <Badge tone="danger">Nobody (gap)</Badge>}
      <span className="text-xs text-muted">
        {summary.now.until ? (
          <>
            until <Instant at={summary.now.until} />
          </>
        ) : (
          "for the next 14 days at least"
        )}
      </span>
    </span>
  );
}

function NextCell({ s }: { s: ScheduleResponse }) {
  const { summary, nameOf, isPending, error } = useScheduleSummary(s.id);
  if (error) return <span className="text-muted">—</span>;
  if (isPending || !summary) return <Pending />;
  if (!summary.next) return <span className="text-xs text-muted">No handoff within 14 days</span>;
  const name = nameOf(summary.next.userId);
  return (
    <span data-testid="on-call-next" className="inline-flex flex-wrap items-baseline gap-x-1">
      {name ? <span>{name}</span> : <span className="text-danger">Gap</span>}
      <span className="text-xs text-muted">
        from <Instant at={summary.next.from} />
      </span>
    </span>
  );
}

function GapCell({ s }: { s: ScheduleResponse }) {
  const { summary, isPending, error } = useScheduleSummary(s.id);
  if (error) return <span className="text-muted">—</span>;
  if (isPending || !summary) return <Pending />;
  if (!summary.gap) return <span className="text-xs text-muted">None in 7 days</span>;
  return (
    <span data-testid="gap-flag" className="inline-flex flex-wrap items-center gap-1 text-xs text-danger">
      <AlertTriangle aria-hidden className="size-3.5" />
      <span>
        Gap from <ZonedTime at={summary.gap.from} timeZone={s.timeZone} withDay /> to{" "}
        <ZonedTime at={summary.gap.to} timeZone={s.timeZone} withDay isEnd />
      </span>
    </span>
  );
}

export const SCHEDULE_COLUMNS: DataTableColumn<ScheduleResponse>[] = [
  {
    id: "name",
    header: "Schedule",
    phone: "main",
    className: "max-w-xs",
    cell: (s) => (
      <Link
        href={`/schedules/${s.id}`}
        className="font-medium hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center"
      >
        {s.name}
      </Link>
    ),
  },
  { id: "now", header: "On call now", phone: "main", cell: (s) => <NowCell s={s} /> },
  { id: "next", header: "Next", phone: "main", phoneLabel: true, cell: (s) => <NextCell s={s} /> },
  { id: "gap", header: "Coming gap", phone: "main", cell: (s) => <GapCell s={s} /> },
  {
    id: "zone",
    header: "Time zone",
    phone: "meta",
    className: "font-mono text-xs whitespace-nowrap",
    cell: (s) => s.timeZone,
  },
  {
    id: "layers",
    header: "Layers",
    phone: "meta",
    phoneLabel: true,
    className: "text-right tabular-nums max-md:text-left",
    cell: (s) => <span data-testid="layer-count">{s.layers.length}</span>,
  },
];
