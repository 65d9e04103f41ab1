"use client";
import Link from "next/link";
import { ActionBadge, CriticalityBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import {
  AttentionCell,
  CertificationCell,
  NoticeCell,
  ReviewDue,
} from "@/app/(portal)/vendors/_components/vendor-cells";
import { cn } from "@/components/ui/cn";
import type { VendorResponse } from "@/lib/vendors/schemas";

type Props = {
  items: VendorResponse[];
  selected: number;
  isStale: boolean;
  onSelect: (index: number) => void;
};

const HEADERS = [
  "Vendor · service · owner",
  "Criticality",
  "Latest",
  "Next review",
  "Notice",
  "Certifications",
  "Attention",
];

export function VendorTable({ items, selected, isStale, onSelect }: Props) {
  return (
    <div
      className={cn(
        "overflow-x-auto rounded-lg border border-border bg-surface transition-opacity",
        isStale && "opacity-60",
      )}
    >
      <table className="w-full text-left text-sm" aria-label="Vendors" aria-busy={isStale}>
        <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
          <tr>
            {HEADERS.map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-medium first:pl-3">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((v, index) => (
            <tr
              key={v.id}
              data-testid="vendor-row"
              data-id={v.id}
              data-row-index={index}
              aria-selected={selected === index}
              onMouseEnter={() => onSelect(index)}
              className={cn(
                "border-b border-border align-top last:border-0",
                selected === index ? "bg-accent/10" : "hover:bg-surface-2",
              )}
            >
              <td className="max-w-xs py-1.5 pr-2 pl-3">
                <Link href={`/vendors/${v.id}`} className="font-medium hover:underline">
                  {v.name}
                </Link>
                <div className="truncate text-xs text-muted" title={`${v.serviceType} · owned by ${v.owner}`}>
                  {v.serviceType} · {v.owner}
                </div>
              </td>
              <td className="px-2 py-1.5">
                <CriticalityBadge criticality={v.criticality} />
              </td>
              <td className="px-2 py-1.5">
                {v.latestAssessment ? (
                  <ActionBadge
                    action={v.latestAssessment.recommendedAction}
                    score={v.latestAssessment.overallScore}
                  />
                ) : (
                  <span className="text-xs text-muted">Not assessed</span>
                )}
              </td>
              <td className="px-2 py-1.5">
                <ReviewDue vendor={v} />
              </td>
              <td className="px-2 py-1.5">
                <NoticeCell vendor={v} />
              </td>
              <td className="px-2 py-1.5">
                <CertificationCell vendor={v} />
              </td>
              <td className="px-2 py-1.5 text-xs">
                <AttentionCell reasons={v.attention} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
