// The vendor list's columns: on a phone card the name and criticality open it, the latest assessment,
// next review and what needs attention follow.
import Link from "next/link";
import { ActionBadge, CriticalityBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import {
  AttentionCell,
  CertificationCell,
  NoticeCell,
  ReviewDue,
} from "@/app/(portal)/vendors/_components/vendor-cells";
import type { DataTableColumn } from "@/components/ui/data-table";
import type { VendorResponse } from "@/lib/vendors/schemas";

export const VENDOR_COLUMNS: DataTableColumn<VendorResponse>[] = [
  {
    id: "vendor",
    header: "Vendor · service · owner",
    phone: "main",
    className: "max-w-xs align-top",
    cell: (v) => (
      <>
        <Link
          href={`/vendors/${v.id}`}
          className="font-medium hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center"
        >
          {v.name}
        </Link>
        <div className="truncate text-xs text-muted" title={`${v.serviceType} · owned by ${v.owner}`}>
          {v.serviceType} · {v.owner}
        </div>
      </>
    ),
  },
  {
    id: "criticality",
    header: "Criticality",
    phone: "lead",
    className: "align-top",
    cell: (v) => <CriticalityBadge criticality={v.criticality} />,
  },
  {
    id: "latest",
    header: "Latest",
    phone: "lead",
    className: "align-top",
    cell: (v) =>
      v.latestAssessment ? (
        <ActionBadge action={v.latestAssessment.recommendedAction} score={v.latestAssessment.overallScore} />
      ) : (
        <span className="text-xs text-muted">Not assessed</span>
      ),
  },
  {
    id: "review",
    header: "Next review",
    phone: "meta",
    className: "align-top",
    cell: (v) => <ReviewDue vendor={v} />,
  },
  {
    id: "notice",
    header: "Notice",
    phone: "meta",
    phoneLabel: true,
    className: "align-top",
    cell: (v) => <NoticeCell vendor={v} />,
  },
  {
    id: "certifications",
    header: "Certifications",
    phone: "hidden",
    className: "align-top",
    cell: (v) => <CertificationCell vendor={v} />,
  },
  {
    id: "attention",
    header: "Attention",
    phone: "trail",
    className: "align-top text-xs",
    cell: (v) => <AttentionCell reasons={v.attention} />,
  },
];
