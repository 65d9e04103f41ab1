"use client";
// One timeline for every record that has a history (incidents, changes, access requests): newest facts
// as a vertical list, each with a marker that says what kind of event it is, who did it and when.
import type { ReactNode } from "react";
import { Circle, type LucideIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SkeletonRows } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";

/** How one kind of event looks: its icon, its name (read by screen readers and on hover) and its colours. */
export type TimelineKindStyle = { icon: LucideIcon; label: string; tone: string };

/** The style of a kind the UI does not know yet: the server may add kinds first; they still show, plainly. */
export const FALLBACK_KIND: TimelineKindStyle = {
  icon: Circle,
  label: "Event",
  tone: "text-muted bg-surface-2 border-border",
};

/** One event on a timeline. */
export type TimelineEntry = {
  id: string;
  /** The server's kind, kept as `data-kind` for tests and styling. */
  kind: string;
  style: TimelineKindStyle;
  summary: ReactNode;
  /** A quoted comment or reason under the summary. */
  detail?: string;
  at: string;
  /** Who did it; null is the system, undefined shows no one. */
  actor?: { name: string } | null;
};

/** The events as a list with a line through their markers. */
export function TimelineList({ entries, testId }: { entries: TimelineEntry[]; testId?: string }) {
  return (
    <ol
      data-testid={testId}
      className="relative space-y-3 before:absolute before:top-2 before:bottom-2 before:left-3 before:w-px before:bg-border"
    >
      {entries.map((e) => {
        const Icon = e.style.icon;
        return (
          <li key={e.id} data-kind={e.kind} className="relative flex gap-2.5">
            <span
              className={cn("z-10 grid size-6 shrink-0 place-items-center rounded-full border", e.style.tone)}
              title={e.style.label}
            >
              <Icon aria-hidden className="size-3.5" />
              <span className="sr-only">{e.style.label}</span>
            </span>
            <div className="min-w-0 flex-1">
              <p className="text-sm break-words">{e.summary}</p>
              {e.detail ? (
                <p className="text-sm break-words whitespace-pre-wrap text-muted">“{e.detail}”</p>
              ) : null}
              <p className="text-xs text-muted">
                <Instant at={e.at} />
                {e.actor !== undefined ? <> · {e.actor?.name ?? "System"}</> : null}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** The part of a TanStack query result a timeline reads. */
type TimelineQuery<T> = {
  data: T[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
};

type Props<T> = {
  query: TimelineQuery<T>;
  toEntry: (item: T) => TimelineEntry;
  testId: string;
  title?: string;
  className?: string;
};

/**
 * A record's timeline card fed by a query: skeleton while loading, "Nothing recorded yet" when empty, and
 * a retry when loading or a live refresh fails (the last good list stays).
 */
export function Timeline<T>({ query, toEntry, testId, title = "Timeline", className }: Props<T>) {
  const { data, isPending, isError, error, isFetching, refetch } = query;
  return (
    <section
      aria-labelledby={`${testId}-heading`}
      data-testid={testId}
      className={cn("rounded-lg border border-border bg-surface p-3", className)}
    >
      <h2 id={`${testId}-heading`} className="mb-2 text-xs font-medium text-muted uppercase">
        {title}
      </h2>
      {isError ? (
        <div
          role="alert"
          className="mb-2 flex items-center gap-2 rounded-md bg-danger/10 px-2 py-1.5 text-xs text-danger"
        >
          <span className="flex-1">
            {data
              ? "Live refresh failed; the timeline may be behind."
              : `Could not load the timeline: ${error?.message ?? "unknown error"}`}
          </span>
          <Button size="sm" variant="ghost" onClick={() => void refetch()} disabled={isFetching}>
            Retry
          </Button>
        </div>
      ) : null}
      {isPending ? (
        <SkeletonRows rows={5} columns={1} />
      ) : data && data.length === 0 ? (
        <p className="text-sm text-muted">Nothing recorded yet.</p>
      ) : data ? (
        <TimelineList entries={data.map(toEntry)} />
      ) : null}
    </section>
  );
}
