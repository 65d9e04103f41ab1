"use client";
// The pieces every dashboard is made of: a titled section, a list of items in it, the "updated
// hh:mm:ss" stamp, the period picker, and the frame that shows the figures, their loading and their
// error. Figures and their tables come from the kit: components/ui/stat.tsx and figure-table.tsx.
import { IntentLink } from "@/components/ui/intent-link";
import { useId, type ReactNode } from "react";
import { ArrowRight } from "lucide-react";
import type { UseQueryResult } from "@tanstack/react-query";
import { DASHBOARD_RANGES, describePeriod, RANGE_LABELS, type PeriodSelection } from "./period";
import type { DashboardParamName } from "./use-dashboard";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { cn } from "@/components/ui/cn";
import { LoadError } from "@/components/ui/load-error";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/states";
import { FiguresSkeleton } from "@/components/ui/figures-skeleton";
import { Instant } from "@/components/ui/time";
import type { SetUrlParams } from "@/components/ui/use-url-params";
import { useIsClient } from "@/components/ui/use-is-client";

type SectionProps = {
  title: string;
  description?: ReactNode;
  href?: string;
  linkLabel?: string;
  testId?: string;
  className?: string;
  children: ReactNode;
};

export function Section({
  title,
  description,
  href,
  linkLabel = "Open the list",
  testId,
  className,
  children,
}: SectionProps) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className={cn("min-w-0 rounded-lg border border-border bg-surface p-3", className)}
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <div className="min-w-0">
          <h2 id={id} className="text-sm font-semibold">
            {title}
          </h2>
          {description ? <p className="text-xs text-muted">{description}</p> : null}
        </div>
        {href ? <MoreLink href={href}>{linkLabel}</MoreLink> : null}
      </div>
      {children}
    </section>
  );
}

// The link from a section or chart to the whole list or page behind it. Prefetched on intent only: a
// dashboard has many, and each prefetch is a server render while the dashboard itself is still loading.
export function MoreLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <IntentLink
      href={href}
      className={cn(
        "inline-flex items-center gap-1 text-xs font-normal text-accent hover:underline",
        className,
      )}
    >
      {children} <ArrowRight aria-hidden className="size-3" />
    </IntentLink>
  );
}

export const ITEM = "flex flex-wrap items-center gap-x-2 gap-y-0.5 py-1.5 text-sm";

// A section's list of items (each rendered as an <li className={ITEM}>), or one quiet line when empty.
export function ItemList<T>({
  items,
  empty,
  children,
  testId,
}: {
  items: readonly T[];
  empty: ReactNode;
  children: (item: T) => ReactNode;
  testId?: string;
}) {
  if (!items.length) return <NoneLine>{empty}</NoneLine>;
  return (
    <ul className="divide-y divide-border" data-testid={testId}>
      {items.map(children)}
    </ul>
  );
}

// When the server computed the figures: in UTC in the server's HTML, in the viewer's zone once the page
// runs (the server does not know the viewer's zone, and hydration must see the same text).
export function UpdatedAt({
  generatedAt,
  isFetching,
  isFailing,
}: {
  generatedAt: string | undefined;
  isFetching?: boolean;
  isFailing?: boolean;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 text-xs",
        isFailing ? "font-medium text-warning" : "text-muted",
      )}
      data-testid="updated-at"
      aria-live="off"
    >
      {generatedAt ? (
        <span>
          {isFailing ? "Not updating · data from " : "updated "}
          <Instant at={generatedAt} seconds />
        </span>
      ) : (
        "loading…"
      )}
      {isFetching ? <Spinner label="Refreshing" className="size-3" /> : null}
    </span>
  );
}

const RANGE_CHOICES = DASHBOARD_RANGES.map((r) => ({ value: r, label: RANGE_LABELS[r] }));

export function PeriodPicker({
  selection,
  setParams,
}: {
  selection: PeriodSelection;
  setParams: SetUrlParams<DashboardParamName>;
}) {
  return (
    <div className="flex flex-wrap items-center gap-1">
      <ChoiceGroup
        name="dashboard-period"
        legend={<span className="sr-only">Period</span>}
        choices={RANGE_CHOICES}
        value={selection.range === "custom" ? "" : selection.range}
        onChange={(r) => setParams({ range: r, from: "", to: "" })}
        className="[&>legend]:mb-0"
      />
      {selection.range === "custom" ? (
        <span
          className="rounded bg-accent/15 px-2 py-1 text-sm font-medium text-accent ring-1 ring-accent/40"
          title={`${selection.from} – ${selection.to}`}
        >
          Custom
        </span>
      ) : null}
    </div>
  );
}

// A chart card from the shared kit (pass it className={CHART_IN_PANEL}) with its table under it.
export function ChartPanel({
  children,
  className,
  testId,
}: {
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      className={cn("min-w-0 rounded-lg border border-border bg-surface p-3", className)}
    >
      {children}
    </div>
  );
}
export const CHART_IN_PANEL = "border-0 bg-transparent p-0";

// An empty list inside a section: one quiet line, not a big empty state.
export function NoneLine({ children }: { children: ReactNode }) {
  return <p className="py-2 text-sm text-muted">{children}</p>;
}

// A dashboard's figures, or its error or skeleton while there are none; dimmed while a new period loads
// over the last one's figures.
export function DashboardBody<T>({
  what,
  query,
  children,
}: {
  what: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const ready = useIsClient();
  const data = query.data;
  let content;
  if (query.error && data === undefined) {
    content = (
      <LoadError
        title={`The ${what} could not be loaded`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (data === undefined) {
    content = <FiguresSkeleton label={`Loading the ${what}`} stats={4} rows={5} columns={6} />;
  } else {
    content = (
      <div
        className={cn("space-y-3 transition-opacity", query.isPlaceholderData && "opacity-60")}
        aria-busy={query.isPlaceholderData}
      >
        {children(data)}
      </div>
    );
  }
  // Set once the figures are on screen in a hydrated page: what `npm run bench` times.
  return <div data-dashboard-ready={ready && data !== undefined ? "true" : "false"}>{content}</div>;
}

type Figures = { period: { from: string; to: string }; generatedAt: string };

// A period dashboard: title, period and freshness, the period picker, and the figures.
export function PeriodDashboard<T extends Figures>({
  title,
  selection,
  setParams,
  query,
  children,
}: {
  title: string;
  selection: PeriodSelection;
  setParams: SetUrlParams<DashboardParamName>;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const data = query.data;
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            {describePeriod(selection, data?.period)} ·{" "}
            <UpdatedAt
              generatedAt={data?.generatedAt}
              isFetching={query.isFetching && !!data}
              isFailing={query.isError && !!data}
            />
          </>
        }
        actions={<PeriodPicker selection={selection} setParams={setParams} />}
      />
      <DashboardBody what={title.toLowerCase()} query={query}>
        {children}
      </DashboardBody>
    </>
  );
}
