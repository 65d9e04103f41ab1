"use client";
// The vendor page's client island: what needs attention, the current recommendation, assess (with the
// live result) and edit for writers, the history with its trend, and the contract beside it.
import { ClipboardCheck, Pencil } from "lucide-react";
import { AssessmentForm } from "@/app/(portal)/vendors/[id]/_components/assessment-form";
import { AssessmentHistory } from "@/app/(portal)/vendors/[id]/_components/assessment-history";
import { EditVendor } from "@/app/(portal)/vendors/[id]/_components/edit-vendor";
import { LatestAssessment } from "@/app/(portal)/vendors/[id]/_components/latest-assessment";
import { VendorFacts } from "@/app/(portal)/vendors/[id]/_components/vendor-facts";
import { CriticalityBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/record-header";
import { useRecordModes } from "@/components/ui/record-modes";
import { WarningList } from "@/components/ui/warning-list";
import { useVendor } from "@/lib/client/vendors";
import type { AssessmentResponse, VendorResponse } from "@/lib/vendors/schemas";

type Props = { initial: VendorResponse; initialAssessments: AssessmentResponse[]; canWrite: boolean };
const MODES = [
  {
    mode: "edit",
    key: "e",
    label: "Edit the vendor",
    hint: "edit",
    button: "Edit",
    icon: <Pencil aria-hidden className="size-4" />,
  },
  {
    mode: "assess",
    key: "a",
    label: "Assess the vendor",
    hint: "assess",
    button: "Assess",
    icon: <ClipboardCheck aria-hidden className="size-4" />,
    isPrimary: true,
  },
] as const;

export function VendorDetail({ initial, initialAssessments, canWrite }: Props) {
  const query = useVendor(initial.id, initial);
  const vendor = query.data ?? initial;
  const { mode, close, actions } = useRecordModes(canWrite, MODES);

  return (
    <>
      <BackLink href="/vendors" className="mb-2">
        Vendors
      </BackLink>
      <PageHeader
        title={vendor.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <CriticalityBadge criticality={vendor.criticality} />
            {vendor.serviceType} · owned by {vendor.owner}
            {query.isError ? <span className="text-warning">· could not refresh</span> : null}
          </span>
        }
        actions={actions}
      />
      <WarningList
        label="Needs attention"
        testId="vendor-attention"
        items={vendor.attention}
        className="mb-4 text-warning"
      />
      {/* Full width, so the live result sits beside the scores rather than under them. */}
      {mode === "assess" ? (
        <div className="mb-4">
          <AssessmentForm vendor={vendor} onDone={close} />
        </div>
      ) : null}
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {mode === "edit" ? <EditVendor vendor={vendor} onDone={close} /> : null}
          <LatestAssessment vendor={vendor} />
          <AssessmentHistory vendorId={vendor.id} initial={initialAssessments} canAssess={canWrite} />
        </div>
        <VendorFacts vendor={vendor} />
      </div>
    </>
  );
}
