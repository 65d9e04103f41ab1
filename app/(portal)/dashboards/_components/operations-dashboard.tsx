"use client";
// The operations dashboard, for the on-call engineer and the duty manager: the open incidents by SLA
// urgency with live countdowns, the night's breaches and escalations, overdue updates, and today's
// changes against the deployment windows. It polls every 2 s, like the triage queue, so a new P1 shows
// up without a reload.
import Link from "next/link";
import { ListOrdered } from "lucide-react";
import { LiveIndicator } from "@/app/(portal)/incidents/_components/live-indicator";
import { useNow } from "@/components/ui/use-now";
import {
  Breaches,
  CabWaiting,
  ChangesToday,
  Escalations,
  OverdueUpdates,
  Windows,
} from "./operations-sections";
import { DashboardBody, Section, UpdatedAt } from "./parts";
import { useOperationsDashboard } from "./use-dashboard";
import { UrgentQueue } from "./urgent-queue";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid, type StatProps, type Tone } from "@/components/ui/stat";
import { useLiveUpdates } from "@/lib/client/live-updates";
import type { OperationsDashboard as Data } from "@/lib/dashboards/schemas";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

// The SLA figures: test id, label, what it counts, its tone when there are some, and its list (?sla=).
const SLA_COUNTS = [
  ["count-breached", "Breached", "breached", "danger", "breached"],
  ["count-at-risk", "At risk", "atRisk", "warning", "at-risk"],
  ["count-overdue-updates", "Updates overdue", "overdueUpdates", "warning", "update-overdue"],
] as const satisfies readonly (readonly [string, string, keyof Data["counts"], Tone, string])[];

const SLA_TITLES: Record<(typeof SLA_COUNTS)[number][2], string> = {
  breached: "Open incidents past a response or resolution deadline (a late acknowledgement included)",
  atRisk: "75 % of the running SLA clock used",
  overdueUpdates: "Open incidents whose stakeholder update is due",
};

const SEVERITY_TONE: Record<Severity, Tone> = { P1: "danger", P2: "warning", P3: "neutral", P4: "neutral" };

function Counts({ counts }: { counts: Data["counts"] }) {
  return (
    <StatGrid
      label="Open incidents"
      testId="operations-counts"
      className="grid-cols-3 sm:grid-cols-4 lg:grid-cols-8"
      stats={[
        { testId: "count-open", label: "Open", count: counts.open, href: "/incidents" },
        ...SEVERITIES.map((s): StatProps => ({
          testId: `count-${s}`,
          label: s,
          count: counts[s],
          tone: counts[s] ? SEVERITY_TONE[s] : "neutral",
          href: `/incidents?severity=${s}`,
        })),
        ...SLA_COUNTS.map(([testId, label, key, some, sla]): StatProps => ({
          testId,
          label,
          title: SLA_TITLES[key],
          count: counts[key],
          tone: counts[key] ? some : "success",
          href: `/incidents?sla=${sla}`,
        })),
      ]}
    />
  );
}

type Props = { meId: string; initial: Data; renderedAt: number };

export function OperationsDashboard({ meId, initial, renderedAt }: Props) {
  const query = useOperationsDashboard({ data: initial, updatedAt: renderedAt });
  const stream = useLiveUpdates(); // the same tab-wide stream the dashboard's queries listen to
  // Server HTML and the first client render share one clock, so countdowns hydrate without a mismatch.
  const now = useNow() ?? renderedAt;
  const data = query.data;
  return (
    <>
      <PageHeader
        title="Operations dashboard"
        description={
          <>
            Live: refreshes every 2 s ·{" "}
            <UpdatedAt generatedAt={data?.generatedAt} isFailing={query.isError && !!data} />
          </>
        }
        actions={
          <>
            <LiveIndicator
              updatedAt={query.dataUpdatedAt}
              isFailing={query.isError && !!data}
              stream={stream}
            />
            <Link className={buttonClass("secondary", "sm")} href="/incidents">
              <ListOrdered aria-hidden className="size-4" /> Triage queue
            </Link>
          </>
        }
      />
      <DashboardBody what="operations dashboard" query={query}>
        {(data) => (
          <>
            <Counts counts={data.counts} />
            <Section
              title="Open incidents by SLA urgency"
              description={
                data.counts.open > data.queue.length
                  ? `The ${data.queue.length} most urgent of ${data.counts.open}.`
                  : "Severity first, then the deadline that matters now."
              }
              href="/incidents"
              linkLabel="Triage queue"
              testId="operations-queue"
            >
              <UrgentQueue items={data.queue} now={now} meId={meId} />
            </Section>
            <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
              <Breaches items={data.breaches} now={now} />
              <Escalations items={data.escalations} now={now} />
              <div id="overdue-updates" className="min-w-0 scroll-mt-16">
                <OverdueUpdates items={data.overdueUpdates} now={now} />
              </div>
              <ChangesToday items={data.changesToday} />
              <Windows windows={data.windows} freezes={data.freezes} now={now} />
              <CabWaiting items={data.cabWaiting} />
            </div>
          </>
        )}
      </DashboardBody>
    </>
  );
}
