// Cells shared by the vendor table and the phone cards: the review due date, the notice period and the
// certifications that need renewing, each coloured by urgency.
import { AlertTriangle } from "lucide-react";
import { CertStatusBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { cn } from "@/components/ui/cn";
import { formatInstant } from "@/components/ui/format-time";
import type { VendorResponse } from "@/lib/vendors/schemas";

// Review dates are calendar days: "12 Dec 2026".
const day = (iso: string) => formatInstant(iso, { zone: "utc", dateOnly: true });

export function ReviewDue({ vendor }: { vendor: VendorResponse }) {
  return (
    <span
      data-testid="next-review"
      data-overdue={vendor.reviewOverdue}
      className={cn(
        "font-mono text-xs whitespace-nowrap",
        vendor.reviewOverdue && "font-semibold text-danger",
      )}
    >
      {vendor.reviewOverdue
        ? `Overdue since ${day(vendor.nextReviewDue)}`
        : `Due ${day(vendor.nextReviewDue)}`}
    </span>
  );
}

export function NoticeCell({ vendor }: { vendor: VendorResponse }) {
  return (
    <span className="text-xs whitespace-nowrap">
      <span className="font-mono">{vendor.noticePeriodDays} d</span>
      {vendor.inNoticePeriod ? (
        <span className="block font-medium text-warning">In notice period</span>
      ) : vendor.noticeDeadline ? (
        <span className="block text-muted">notice by {vendor.noticeDeadline}</span>
      ) : null}
    </span>
  );
}

export function CertificationCell({ vendor }: { vendor: VendorResponse }) {
  const needing = vendor.certifications.filter((c) => c.status !== "VALID");
  if (!vendor.certifications.length) return <span className="text-xs text-muted">None</span>;
  if (!needing.length)
    return <span className="text-xs text-muted">{vendor.certifications.map((c) => c.name).join(", ")}</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {needing.map((c) => (
        <li key={c.name} className="flex items-center gap-1 whitespace-nowrap">
          <CertStatusBadge status={c.status} /> {c.name}{" "}
          <span className="font-mono text-muted">{c.expiresAt}</span>
        </li>
      ))}
    </ul>
  );
}

// Every reason also shows in its own column (review, notice, certifications, latest): here only the
// count, with the reasons on hover and for screen readers.
export function AttentionCell({ reasons }: { reasons: string[] }) {
  if (!reasons.length) return <span className="text-muted">—</span>;
  return (
    <div
      title={reasons.join("\n")}
      className="inline-flex items-center gap-1 font-medium whitespace-nowrap text-warning"
    >
      <AlertTriangle aria-hidden className="size-3.5" /> {reasons.length}
      <ul data-testid="vendor-attention" className="sr-only">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
