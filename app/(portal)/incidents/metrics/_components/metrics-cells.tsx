"use client";
// The cells that judge a severity's figures against the handbook, on the metrics page and the executive
// dashboard alike: a mean time flagged when it is above its target, a compliance share as a toned badge.
import { TriangleAlert } from "lucide-react";
import {
  complianceTone,
  formatMinutes,
  formatPercent,
  isOverTarget,
} from "@/app/(portal)/incidents/metrics/_components/metrics-format";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export function MeanTime({ minutes, target }: { minutes: number | null; target: number }) {
  if (!isOverTarget(minutes, target))
    return <span className={cn(minutes === null && "text-muted")}>{formatMinutes(minutes)}</span>;
  return (
    <span
      className="inline-flex items-center gap-1 font-semibold text-warning"
      title={`Above the ${formatMinutes(target)} target`}
    >
      <TriangleAlert aria-hidden className="size-3.5" />
      {formatMinutes(minutes)}
      <span className="sr-only">, above target</span>
    </span>
  );
}

// `of` names what the share is of ("acknowledged"), said when there is none.
export function Compliance({ share, of }: { share: number | null; of: string }) {
  if (share === null)
    return (
      <span className="text-muted" title={`No ${of} incidents in the period`}>
        —
      </span>
    );
  return (
    <Badge tone={complianceTone(share)} className="font-mono tabular-nums">
      {formatPercent(share)}
    </Badge>
  );
}
