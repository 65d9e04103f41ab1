"use client";
// The change calendar (UTC): a week or a month of planned changes over the deployment windows and
// freezes, with conflicts marked. Navigation lives in the URL; ← / → step, t today, w / m switch view.
import { ChevronLeft, ChevronRight } from "lucide-react";
import { CalendarAgenda } from "@/app/(portal)/changes/_components/calendar-agenda";
import { CalendarMonth } from "@/app/(portal)/changes/_components/calendar-month";
import {
  calendarSpan,
  isoDate,
  parseAnchor,
  stepAnchor,
  type CalendarView,
} from "@/app/(portal)/changes/_components/calendar-range";
import { FREEZE_STYLE, WINDOW_STYLE } from "@/app/(portal)/changes/_components/calendar-style";
import { CalendarWeek } from "@/app/(portal)/changes/_components/calendar-week";
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { FreezePanel } from "@/app/(portal)/changes/_components/freeze-panel";
import { useCalendarParams } from "@/app/(portal)/changes/_components/use-calendar-params";
import { utcDay, utcMonth } from "@/app/(portal)/changes/_components/utc";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";
import { LoadError } from "@/components/ui/load-error";
import { SkeletonRows, Spinner } from "@/components/ui/states";
import { ENVIRONMENTS } from "@/lib/changes/types";
import { useChangeCalendar } from "@/lib/client/change-calendar";

type Props = { today: string; canManage: boolean };

export function ChangeCalendarView({ today, canManage }: Props) {
  const { view, date, env, setParams } = useCalendarParams();
  const todayDate = parseAnchor(today, new Date());
  const anchor = parseAnchor(date, todayDate);
  const span = calendarSpan(view, anchor);
  const calendar = useChangeCalendar({
    from: span.from.toISOString(),
    to: span.to.toISOString(),
    environment: env || undefined,
  });
  const data = calendar.data;

  const go = (next: Date) => setParams({ date: isoDate(next) === today ? "" : isoDate(next) });
  const setView = (v: CalendarView) => setParams({ view: v === "week" ? "" : v });
  useShortcuts([
    {
      key: "ArrowLeft",
      label: `Previous ${view}`,
      hint: "previous",
      run: () => go(stepAnchor(view, anchor, -1)),
    },
    { key: "ArrowRight", label: `Next ${view}`, hint: "next", run: () => go(stepAnchor(view, anchor, 1)) },
    { key: "t", label: "Today", hint: "today", run: () => go(todayDate) },
    { key: "w", label: "Week view", hint: "week", run: () => setView("week") },
    { key: "m", label: "Month view", hint: "month", run: () => setView("month") },
  ]);

  const title =
    view === "week" ? `Week of ${utcDay(span.from)} ${span.from.getUTCFullYear()}` : utcMonth(anchor);
  return (
    <>
      <PageHeader
        title="Change calendar"
        description="Planned changes over the deployment windows and freezes. Everything here is UTC."
      />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1">
          <Button
            size="sm"
            onClick={() => go(stepAnchor(view, anchor, -1))}
            aria-label={`Previous ${view}`}
            aria-keyshortcuts="ArrowLeft"
          >
            <ChevronLeft aria-hidden className="size-4" />
          </Button>
          <Button size="sm" onClick={() => go(todayDate)} aria-keyshortcuts="t">
            Today
          </Button>
          <Button
            size="sm"
            onClick={() => go(stepAnchor(view, anchor, 1))}
            aria-label={`Next ${view}`}
            aria-keyshortcuts="ArrowRight"
          >
            <ChevronRight aria-hidden className="size-4" />
          </Button>
        </div>
        <h2 className="min-w-44 text-sm font-semibold" data-testid="calendar-title" aria-live="polite">
          {title} <span className="font-normal text-muted">UTC</span>
        </h2>
        <div role="group" aria-label="View" className="flex rounded-md border border-border p-0.5">
          {(["week", "month"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={cn(
                "rounded px-2 py-0.5 text-sm capitalize",
                view === v ? "bg-accent/15 text-accent" : "hover:bg-surface-2",
              )}
            >
              {v}
            </button>
          ))}
        </div>
        <Select
          value={env}
          onChange={(e) => setParams({ env: e.target.value })}
          aria-label="Environment"
          className="h-8 w-48"
        >
          <option value="">All environments</option>
          {ENVIRONMENTS.map((e) => (
            <option key={e} value={e}>
              {ENVIRONMENT_LABELS[e]}
            </option>
          ))}
        </Select>
        {calendar.isFetching && calendar.isPlaceholderData ? (
          <Spinner label="Loading the calendar" className="text-muted" />
        ) : null}
        <div className="ml-auto">
          <KeyLegend />
        </div>
      </div>
      <ul aria-label="Legend" className="mb-2 flex flex-wrap gap-3 text-xs text-muted">
        <li className="flex items-center gap-1">
          <span className={cn("inline-block h-3 w-5", WINDOW_STYLE.PRODUCTION)} /> Production window
        </li>
        <li className="flex items-center gap-1">
          <span className={cn("inline-block h-3 w-5", WINDOW_STYLE.STAGING)} /> Staging window
        </li>
        <li className="flex items-center gap-1">
          <span className={cn("inline-block h-3 w-5", FREEZE_STYLE)} /> Freeze
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm outline-2 outline-danger" /> Conflict
        </li>
      </ul>
      {calendar.error && !data ? (
        <LoadError
          title="The calendar could not be loaded"
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
        />
      ) : !data ? (
        <SkeletonRows rows={12} columns={7} />
      ) : (
        <div className={cn("space-y-4 transition-opacity", calendar.isPlaceholderData && "opacity-60")}>
          <div className="hidden md:block">
            {view === "week" ? (
              <CalendarWeek data={data} days={span.days} today={today} />
            ) : (
              <CalendarMonth data={data} days={span.days} month={anchor.getUTCMonth()} today={today} />
            )}
          </div>
          <div className="md:hidden">
            <CalendarAgenda data={data} days={span.days} today={today} />
            {data.changes.length === 0 && data.freezes.length === 0 ? (
              <p className="text-sm text-muted">No change planned in this {view}.</p>
            ) : null}
          </div>
          {data.conflicts.length ? (
            <p role="note" className="text-sm text-danger">
              {data.conflicts.length} conflict{data.conflicts.length === 1 ? "" : "s"}:{" "}
              {data.conflicts.map((c) => `${c.a} ↔ ${c.b} (${c.services.join(", ")})`).join("; ")}
            </p>
          ) : null}
          <FreezePanel freezes={data.freezes} canManage={canManage} />
        </div>
      )}
    </>
  );
}
