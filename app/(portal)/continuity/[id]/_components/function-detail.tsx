"use client";
// The business function page's client island: its flags first, then dependencies against the RTO, the
// DR schedule and the tests; writers edit it and record tests in place.
import Link from "next/link";
import { useState } from "react";
import { ArrowLeft, FlaskConical, Pencil } from "lucide-react";
import { CriticalityBadge } from "@/app/(portal)/continuity/_components/continuity-badges";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { FlagList } from "@/app/(portal)/continuity/_components/function-flags";
import { DependencyTable } from "@/app/(portal)/continuity/[id]/_components/dependency-table";
import { DrScheduleTable } from "@/app/(portal)/continuity/[id]/_components/dr-schedule-table";
import { DrTestForm } from "@/app/(portal)/continuity/[id]/_components/dr-test-form";
import { DrTestList } from "@/app/(portal)/continuity/[id]/_components/dr-test-list";
import { EditFunction } from "@/app/(portal)/continuity/[id]/_components/edit-function";
import { FunctionFacts } from "@/app/(portal)/continuity/[id]/_components/function-facts";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { Kbd } from "@/components/ui/states";
import { useFunction } from "@/lib/client/continuity";
import type { FunctionResponse } from "@/lib/continuity/schemas";

type Mode = "view" | "edit" | "record";

export function FunctionDetail({ initial, canWrite }: { initial: FunctionResponse; canWrite: boolean }) {
  const query = useFunction(initial.id, initial);
  const fn = query.data ?? initial;
  const [mode, setMode] = useState<Mode>("view");
  useShortcuts([
    {
      key: "r",
      label: "Record a DR test",
      hint: "record test",
      when: canWrite && mode === "view",
      run: () => setMode("record"),
    },
    {
      key: "e",
      label: "Edit the business function",
      hint: "edit",
      when: canWrite && mode === "view",
      run: () => setMode("edit"),
    },
  ]);

  return (
    <>
      <Link
        href="/continuity"
        className="mb-2 inline-flex items-center gap-1 text-xs text-muted hover:text-fg"
      >
        <ArrowLeft aria-hidden className="size-3" /> Business continuity
      </Link>
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
        actions={
          canWrite && mode === "view" ? (
            <>
              <KeyLegend />
              <Button onClick={() => setMode("edit")} aria-keyshortcuts="e">
                <Pencil aria-hidden className="size-4" /> Edit <Kbd>e</Kbd>
              </Button>
              <Button variant="primary" onClick={() => setMode("record")} aria-keyshortcuts="r">
                <FlaskConical aria-hidden className="size-4" /> Record a DR test <Kbd>r</Kbd>
              </Button>
            </>
          ) : null
        }
      />
      <div className="mb-4">
        <FlagList fn={fn} />
      </div>
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {mode === "edit" ? <EditFunction fn={fn} onDone={() => setMode("view")} /> : null}
          {mode === "record" ? <DrTestForm fn={fn} onDone={() => setMode("view")} /> : null}
          <DependencyTable fn={fn} />
          <DrScheduleTable schedule={fn.drSchedule} />
          <DrTestList functionId={fn.id} canWrite={canWrite} />
        </div>
        <FunctionFacts fn={fn} />
      </div>
    </>
  );
}
