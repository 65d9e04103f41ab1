"use client";
// The business function page's client island: its flags first, then dependencies against the RTO, the
// DR schedule and the tests; writers edit it and record tests in place.
import { FlaskConical, Pencil } from "lucide-react";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { FlagList } from "@/app/(portal)/continuity/_components/function-flags";
import { DependencyTable } from "@/app/(portal)/continuity/[id]/_components/dependency-table";
import { DrScheduleTable } from "@/app/(portal)/continuity/[id]/_components/dr-schedule-table";
import { DrTestForm } from "@/app/(portal)/continuity/[id]/_components/dr-test-form";
import { DrTestList } from "@/app/(portal)/continuity/[id]/_components/dr-test-list";
import { EditFunction } from "@/app/(portal)/continuity/[id]/_components/edit-function";
import { FunctionFacts } from "@/app/(portal)/continuity/[id]/_components/function-facts";
import { CriticalityBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/record-header";
import { useRecordModes } from "@/components/ui/record-modes";
import { useFunction } from "@/lib/client/continuity";
import type { FunctionResponse } from "@/lib/continuity/schemas";

const MODES = [
  {
    mode: "edit",
    key: "e",
    label: "Edit the business function",
    hint: "edit",
    button: "Edit",
    icon: <Pencil aria-hidden className="size-4" />,
  },
  {
    mode: "record",
    key: "r",
    label: "Record a DR test",
    hint: "record test",
    button: "Record a DR test",
    icon: <FlaskConical aria-hidden className="size-4" />,
    isPrimary: true,
  },
] as const;

export function FunctionDetail({ initial, canWrite }: { initial: FunctionResponse; canWrite: boolean }) {
  const query = useFunction(initial.id, initial);
  const fn = query.data ?? initial;
  const { mode, close, actions } = useRecordModes(canWrite, MODES);

  return (
    <>
      <BackLink href="/continuity" className="mb-2">
        Business continuity
      </BackLink>
      <PageHeader
        title={fn.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <CriticalityBadge criticality={fn.criticality} />
            <span className="font-mono" data-testid="objectives">
              RTO {hours(fn.rtoHours)} · RPO {hours(fn.rpoHours)}
            </span>
            {query.isError ? <span className="text-warning">· could not refresh</span> : null}
          </span>
        }
        actions={actions}
      />
      <div className="mb-4">
        <FlagList fn={fn} />
      </div>
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {mode === "edit" ? <EditFunction fn={fn} onDone={close} /> : null}
          {mode === "record" ? <DrTestForm fn={fn} onDone={close} /> : null}
          <DependencyTable fn={fn} />
          <DrScheduleTable schedule={fn.drSchedule} />
          <DrTestList functionId={fn.id} canWrite={canWrite} />
        </div>
        <FunctionFacts fn={fn} />
      </div>
    </>
  );
}
