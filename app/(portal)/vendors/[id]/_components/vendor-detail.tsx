"use client";
// The vendor page's client island: what needs attention, the current recommendation, assess (with the
// live result) and edit for writers, the history with its trend, and the contract beside it.
import Link from "next/link";
import { useState } from "react";
import { ArrowLeft, ClipboardCheck, Pencil } from "lucide-react";
import { AssessmentForm } from "@/app/(portal)/vendors/[id]/_components/assessment-form";
import { AssessmentHistory } from "@/app/(portal)/vendors/[id]/_components/assessment-history";
import { EditVendor } from "@/app/(portal)/vendors/[id]/_components/edit-vendor";
import { LatestAssessment } from "@/app/(portal)/vendors/[id]/_components/latest-assessment";
import { VendorFacts } from "@/app/(portal)/vendors/[id]/_components/vendor-facts";
import { CriticalityBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { Kbd } from "@/components/ui/states";
import { useVendor } from "@/lib/client/vendors";
import type { AssessmentResponse, VendorResponse } from "@/lib/vendors/schemas";

type Props = { initial: VendorResponse; initialAssessments: AssessmentResponse[]; canWrite: boolean };
type Mode = "view" | "assess" | "edit";

export function VendorDetail({ initial, initialAssessments, canWrite }: Props) {
  const query = useVendor(initial.id, initial);
  const vendor = query.data ?? initial;
  const [mode, setMode] = useState<Mode>("view");
  const isViewing = mode === "view";
  useShortcuts([
    {
      key: "a",
      label: "Assess the vendor",
      hint: "assess",
      when: canWrite && isViewing,
      run: () => setMode("assess"),
    },
    {
      key: "e",
      label: "Edit the vendor",
      hint: "edit",
      when: canWrite && isViewing,
      run: () => setMode("edit"),
    },
    { key: "Escape", label: "Close the form", hint: "close", when: !isViewing, run: () => setMode("view") },
  ]);

  return (
    <>
      <Link href="/vendors" className="mb-2 inline-flex items-center gap-1 text-xs text-muted hover:text-fg">
        <ArrowLeft aria-hidden className="size-3" /> Vendors
      </Link>
      <PageHeader
        title={vendor.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <CriticalityBadge criticality={vendor.criticality} />
            {vendor.serviceType} · owned by {vendor.owner}
            {query.isError ? <span className="text-warning">· could not refresh</span> : null}
          </span>
        }
        actions={
          canWrite && mode === "view" ? (
            <>
              <KeyLegend />
              <Button onClick={() => setMode("edit")} aria-keyshortcuts="e">
                <Pencil aria-hidden className="size-4" /> Edit <Kbd>e</Kbd>
              </Button>
              <Button variant="primary" onClick={() => setMode("assess")} aria-keyshortcuts="a">
                <ClipboardCheck aria-hidden className="size-4" /> Assess <Kbd>a</Kbd>
              </Button>
            </>
          ) : null
        }
      />
      {vendor.attention.length ? (
        <ul
          aria-label="Needs attention"
          data-testid="vendor-attention"
          className="mb-4 space-y-0.5 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm text-warning"
        >
          {vendor.attention.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      ) : null}
      {/* Full width, so the live result sits beside the scores rather than under them. */}
      {mode === "assess" ? (
        <div className="mb-4">
          <AssessmentForm vendor={vendor} onDone={() => setMode("view")} />
        </div>
      ) : null}
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {mode === "edit" ? <EditVendor vendor={vendor} onDone={() => setMode("view")} /> : null}
          <LatestAssessment vendor={vendor} />
          <AssessmentHistory vendorId={vendor.id} initial={initialAssessments} canAssess={canWrite} />
        </div>
        <VendorFacts vendor={vendor} />
      </div>
    </>
  );
}
