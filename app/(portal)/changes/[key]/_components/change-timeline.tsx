"use client";
import {
  ArrowRightLeft,
  Circle,
  FilePlus2,
  Pencil,
  RotateCcw,
  Send,
  Vote,
  type LucideIcon,
} from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SkeletonRows } from "@/components/ui/states";
import { Time } from "@/components/ui/time";
import { useChangeTimeline } from "@/lib/client/changes";

type KindStyle = { icon: LucideIcon; label: string; tone: string };

const KINDS: Record<string, KindStyle> = {
  CREATED: { icon: FilePlus2, label: "Raised", tone: "text-accent bg-accent/10 border-accent/30" },
  EDITED: { icon: Pencil, label: "Edit", tone: "text-muted bg-surface-2 border-border" },
  SUBMITTED: { icon: Send, label: "Submitted", tone: "text-accent bg-accent/10 border-accent/30" },
  VOTE: { icon: Vote, label: "Vote", tone: "text-success bg-success/10 border-success/30" },
  STATUS_CHANGED: {
    icon: ArrowRightLeft,
    label: "Status",
    tone: "text-warning bg-warning/10 border-warning/30",
  },
  REAPPROVAL: {
    icon: RotateCcw,
    label: "Back for approval",
    tone: "text-warning bg-warning/10 border-warning/30",
  },
};
// The server may add kinds before the UI knows them; they still show, plainly.
const FALLBACK: KindStyle = { icon: Circle, label: "Event", tone: "text-muted bg-surface-2 border-border" };

export function ChangeTimeline({ changeKey, className }: { changeKey: string; className?: string }) {
  const { data, isPending, isError, error, refetch, isFetching } = useChangeTimeline(changeKey);
  return (
    <section
      aria-labelledby="timeline-heading"
      data-testid="change-timeline"
      className={cn("rounded-lg border border-border bg-surface p-3", className)}
    >
      <h2 id="timeline-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        Timeline
      </h2>
      {isError ? (
        <div
          role="alert"
          className="mb-2 flex items-center gap-2 rounded-md bg-danger/10 px-2 py-1.5 text-xs text-danger"
        >
          <span className="flex-1">
            {data
              ? "Live refresh failed; the timeline may be behind."
              : `Could not load the timeline: ${error.message}`}
          </span>
          <Button size="sm" variant="ghost" onClick={() => void refetch()} disabled={isFetching}>
            Retry
          </Button>
        </div>
      ) : null}
      {isPending ? (
        <SkeletonRows rows={5} columns={1} />
      ) : data && data.length === 0 ? (
        <p className="text-sm text-muted">Nothing recorded yet.</p>
      ) : data ? (
        <ol className="relative space-y-3 before:absolute before:top-2 before:bottom-2 before:left-3 before:w-px before:bg-border">
          {data.map((item) => {
            const kind = KINDS[item.kind] ?? FALLBACK;
            const Icon = kind.icon;
            return (
              <li key={item.id} data-kind={item.kind} className="relative flex gap-2.5">
                <span
                  className={cn(
                    "z-10 grid size-6 shrink-0 place-items-center rounded-full border",
                    kind.tone,
                  )}
                  title={kind.label}
                >
                  <Icon aria-hidden className="size-3.5" />
                  <span className="sr-only">{kind.label}</span>
                </span>
                <div className="min-w-0 flex-1">
                  <p className="text-sm break-words">{item.summary}</p>
                  <p className="text-xs text-muted">
                    <Time iso={item.at} /> · {item.actor?.name ?? "System"}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
