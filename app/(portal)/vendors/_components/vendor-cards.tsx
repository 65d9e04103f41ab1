// Phones: each vendor as a compact card (the table would need sideways scrolling to reach the action).
import Link from "next/link";
import { ActionBadge, CriticalityBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { ReviewDue } from "@/app/(portal)/vendors/_components/vendor-cells";
import type { VendorResponse } from "@/lib/vendors/schemas";

export function VendorCards({ items }: { items: VendorResponse[] }) {
  return (
    <ul aria-label="Vendors" className="space-y-2">
      {items.map((v) => (
        <li key={v.id}>
          <Link
            href={`/vendors/${v.id}`}
            className="block space-y-1 rounded-lg border border-border bg-surface p-2.5 hover:bg-surface-2"
          >
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="font-medium">{v.name}</span>
              <CriticalityBadge criticality={v.criticality} />
              {v.latestAssessment ? (
                <ActionBadge
                  action={v.latestAssessment.recommendedAction}
                  score={v.latestAssessment.overallScore}
                />
              ) : null}
            </div>
            <p className="text-xs text-muted">
              {v.serviceType} · {v.owner} · notice {v.noticePeriodDays} d
            </p>
            <ReviewDue vendor={v} />
            {v.attention.length ? <p className="text-xs text-warning">{v.attention.join(" · ")}</p> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
