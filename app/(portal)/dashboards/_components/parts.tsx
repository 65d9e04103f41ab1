"use client";
// The pieces every dashboard is made of: a titled section, a stat that links to the list behind it,
// the "updated hh:mm:ss" stamp, the period picker, and the table behind a chart.
import Link from "next/link";
import { useId, type ReactNode } from "react";
import { ArrowRight } from "lucide-react";
import { DASHBOARD_RANGES, describePeriod, RANGE_LABELS, type PeriodSelection } from "./period";
import type { DashboardParamName } from "./use-dashboard";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/components/ui/cn";
import { ErrorState, SkeletonRows, Spinner } from "@/components/ui/states";
import type { SetUrlParams } from "@/components/ui/use-url-params";
import { useIsClient } from "@/components/ui/use-is-client";
import { Instant } from "@/components/ui/time";

export type Tone = "neutral" | "success" | "warning" | "danger" | "accent";

export const TONE_TEXT: Record<Tone, string> = {
  neutral: "text-fg",
  success: "text-success",
  warning: "text-warning",
  danger: "text-danger",
  accent: "text-accent",
};

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
        {href ? (
          <Link href={href} className="inline-flex items-center gap-1 text-xs text-accent hover:underline">
            {linkLabel} <ArrowRight aria-hidden className="size-3" />
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

type StatProps = {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: Tone;
  href?: string;
  testId?: string;
  title?: string;
  /** How many items the linked list must show: the figure itself, or for a share the list it is a share of. */
  figureCount?: number;
};

// A figure and the list it was counted from: the whole tile is the link. The rule: the list a figure
// opens shows as many items as the figure counts (data-figure-count; tests/e2e/figure-links.spec.ts).
export function Stat({
  label,
  value,
  detail,
  tone = "neutral",
  href,
  testId,
  title,
  figureCount,
}: StatProps) {
  const body = (
    <>
      <span className="block text-[11px] font-medium tracking-wide text-muted uppercase">{label}</span>
      <span
        className={cn("block font-mono text-xl leading-tight font-semibold tabular-nums", TONE_TEXT[tone])}
      >
        {value}
      </span>
      {detail ? <span className="block truncate text-xs text-muted">{detail}</span> : null}
    </>
  );
  const box = "block min-w-0 rounded-lg border border-border bg-surface px-3 py-2";
  return href ? (
    <Link
      href={href}
      data-testid={testId}
      data-figure-count={figureCount}
      title={title}
      className={cn(box, "hover:border-accent/50 hover:bg-surface-2")}
    >
      {body}
    </Link>
  ) : (
    <div data-testid={testId} title={title} className={box}>
      {body}
    </div>
  );
}

// A number inside a table or sentence that opens the list behind it; `count` (data-figure-count) when
// the number is a count of that list's items. Without `href` (a viewer who may not open that list) it is
// the number alone.
export function FigureLink({
  href,
  children,
  className,
  title,
  count,
}: {
  href: string | undefined;
  children: ReactNode;
  className?: string;
  title?: string;
  count?: number;
}) {
  if (!href) {
    return (
      <span title={title} className={cn("font-mono tabular-nums", className)}>
        {children}
      </span>
    );
  }
  return (
    <Link
      href={href}
      title={title}
      data-figure-count={count}
      className={cn(
        "font-mono tabular-nums underline decoration-border underline-offset-2 hover:decoration-accent",
        className,
      )}
    >
      {children}
    </Link>
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

export function PeriodPicker({
  selection,
  setParams,
}: {
  selection: PeriodSelection;
  setParams: SetUrlParams<DashboardParamName>;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Period</legend>
      <div className="flex flex-wrap gap-1 rounded-md border border-border bg-surface p-0.5">
        {DASHBOARD_RANGES.map((r) => (
          <label
            key={r}
            className={cn(
              "cursor-pointer rounded px-2 py-0.5 text-sm whitespace-nowrap has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus",
              selection.range === r
                ? "bg-accent/15 font-medium text-accent ring-1 ring-accent/40"
                : "hover:bg-surface-2",
            )}
          >
            <input
              type="radio"
              name="dashboard-period"
              value={r}
              checked={selection.range === r}
              onChange={() => setParams({ range: r, from: "", to: "" })}
              className="sr-only"
            />
            {RANGE_LABELS[r]}
          </label>
        ))}
        {selection.range === "custom" ? (
          <span
            className="rounded bg-accent/15 px-2 py-0.5 text-sm font-medium text-accent ring-1 ring-accent/40"
            title={`${selection.from} – ${selection.to}`}
          >
            Custom
          </span>
        ) : null}
      </div>
    </fieldset>
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

// The figures behind a chart, one click away (and always there for screen readers and for checking).
export function FigureTable({
  caption,
  children,
  open = false,
  testId,
}: {
  caption: string;
  children: ReactNode;
  open?: boolean;
  testId?: string;
}) {
  return (
    <details className="group mt-2" open={open} data-testid={testId}>
      <summary className="cursor-pointer text-xs text-muted select-none hover:text-fg">
        Table: {caption}
      </summary>
      <div className="relative mt-1 overflow-x-auto">{children}</div>
    </details>
  );
}

export const TABLE = "w-full text-sm";
export const THEAD = "border-b border-border bg-surface-2 text-[11px] text-muted uppercase";
export const TH = "px-2 py-1 text-left font-medium whitespace-nowrap";
export const THR = "px-2 py-1 text-right font-medium whitespace-nowrap";
export const TD = "px-2 py-1";
export const TDR = "px-2 py-1 text-right font-mono tabular-nums whitespace-nowrap";
export const ROW = "border-b border-border last:border-0";

export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={label} className="space-y-3">
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-16 animate-pulse rounded-lg bg-surface-2" />
        ))}
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="h-64 animate-pulse rounded-lg bg-surface-2" />
        <div className="h-64 animate-pulse rounded-lg bg-surface-2" />
      </div>
      <SkeletonRows rows={5} columns={6} />
    </div>
  );
}

export function DashboardError({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: Error;
  onRetry: () => void;
}) {
  return (
    <ErrorState
      title={`The ${what} could not be loaded`}
      detail={error.message}
      action={
        <button className={buttonClass()} onClick={onRetry}>
          Retry
        </button>
      }
    />
  );
}

// An empty list inside a section: one quiet line, not a big empty state.
export function NoneLine({ children }: { children: ReactNode }) {
  return <p className="py-2 text-sm text-muted">{children}</p>;
}

// A period dashboard's frame: title, period and freshness, the period picker, and the figures, marked
// ready once they are on screen in a hydrated page (what `npm run bench` times).
export function PeriodDashboardFrame({
  title,
  selection,
  setParams,
  data,
  isFetching,
  isError,
  children,
}: {
  title: string;
  selection: PeriodSelection;
  setParams: SetUrlParams<DashboardParamName>;
  data: { period: { from: string; to: string }; generatedAt: string } | undefined;
  isFetching: boolean;
  isError: boolean;
  children: ReactNode;
}) {
  const ready = useIsClient();
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            {describePeriod(selection, data?.period)} ·{" "}
            <UpdatedAt
              generatedAt={data?.generatedAt}
              isFetching={isFetching && !!data}
              isFailing={isError && !!data}
            />
          </>
        }
        actions={<PeriodPicker selection={selection} setParams={setParams} />}
      />
      <div data-dashboard-ready={ready && data ? "true" : "false"}>{children}</div>
    </>
  );
}
