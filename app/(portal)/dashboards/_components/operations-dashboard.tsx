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
import { DashboardError, DashboardSkeleton, Section, Stat, UpdatedAt } from "./parts";
import { useOperationsDashboard } from "./use-dashboard";
import { UrgentQueue } from "./urgent-queue";
import { buttonClass } from "@/components/ui/button";
import { useIsClient } from "@/components/ui/use-is-client";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { useLiveUpdates } from "@/lib/client/live-updates";
import type { OperationsDashboard as Data } from "@/lib/dashboards/schemas";
import { SEVERITIES } from "@/lib/incidents/sla";

function Counts({ counts }: { counts: Data["counts"] }) {
  return (
    <section
      aria-label="Open incidents"
      data-testid="operations-counts"
      className="mb-3 grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-8"
    >
      <Stat
        testId="count-open"
        label="Open"
        value={counts.open}
        href="/incidents"
        figureCount={counts.open}
      />
      {SEVERITIES.map((s) => (
        <Stat
          key={s}
          testId={`count-${s}`}
          label={s}
          value={counts[s]}
          tone={counts[s] && (s === "P1" || s === "P2") ? (s === "P1" ? "danger" : "warning") : "neutral"}
          href={`/incidents?severity=${s}`}
          figureCount={counts[s]}
        />
      ))}
      <Stat
        testId="count-breached"
        label="Breached"
        value={counts.breached}
        tone={counts.breached ? "danger" : "success"}
        href="/incidents?sla=breached"
        figureCount={counts.breached}
        title="Open incidents past a response or resolution deadline (a late acknowledgement included)"
      />
      <Stat
        testId="count-at-risk"
        label="At risk"
        value={counts.atRisk}
        tone={counts.atRisk ? "warning" : "success"}
        href="/incidents?sla=at-risk"
        figureCount={counts.atRisk}
        title="75 % of the running SLA clock used"
      />
      <Stat
        testId="count-overdue-updates"
        label="Updates overdue"
        value={counts.overdueUpdates}
        tone={counts.overdueUpdates ? "warning" : "success"}
        href="/incidents?sla=update-overdue"
        figureCount={counts.overdueUpdates}
        title="Open incidents whose stakeholder update is due"
      />
    </section>
  );
}

type Props = { meId: string; initial: Data; renderedAt: number };

export function OperationsDashboard({ meId, initial, renderedAt }: Props) {
  const query = useOperationsDashboard({ data: initial, updatedAt: renderedAt });
  const stream = useLiveUpdates(); // the same tab-wide stream the dashboard's queries listen to
  // Server HTML and the first client render share one clock, so countdowns hydrate without a mismatch.
  const isClient = useIsClient();
  const now = useNow() ?? renderedAt;
  const data = query.data;
  const ready = isClient;

  let content;
  if (query.error && !data) {
    content = (
      <DashboardError what="operations dashboard" error={query.error} onRetry={() => void query.refetch()} />
    );
  } else if (!data) {
    content = <DashboardSkeleton label="Loading the operations dashboard" />;
  } else {
    content = (
      <>
        <Counts counts={data.counts} />
        <div className="space-y-3">
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
            {data.queue.length ? (
              <UrgentQueue items={data.queue} now={now} meId={meId} />
            ) : (
              <EmptyState title="No open incidents">
                All quiet. A new report shows here within seconds.
              </EmptyState>
            )}
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
        </div>
      </>
    );
  }

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
      {/* Set once the figures are on screen and the page is hydrated: what `npm run bench` times. */}
      <div data-dashboard-ready={ready && data ? "true" : "false"}>{content}</div>
    </>
  );
}
