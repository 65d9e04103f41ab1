// A figure and the list it was counted from. The rule every dashboard keeps: the list a figure opens
// shows as many items as the figure counts (`data-figure-count`; tests/e2e/figure-links.spec.ts). Figure
// links prefetch only on intent (IntentLink): a dashboard shows some twenty of them at once, and
// prefetching each on load rendered twenty pages on the server while the dashboard was still loading.
import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type Tone = "neutral" | "success" | "warning" | "danger" | "accent";

export const TONE_TEXT: Record<Tone, string> = {
  neutral: "text-fg",
  success: "text-success",
  warning: "text-warning",
  danger: "text-danger",
  accent: "text-accent",
};

export const TONE_BAR: Record<Tone, string> = {
  neutral: "bg-muted",
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
  accent: "bg-accent",
};

export type StatProps = {
  label: string;
  /** The figure as shown; defaults to `count`. */
  value?: ReactNode;
  /** A count: shown when there is no `value`, and the count the linked list must show. */
  count?: number;
  detail?: ReactNode;
  tone?: Tone;
  href?: string;
  testId?: string;
  title?: string;
  /** How many items the linked list must show when that is not `count` (a share: the list it is a share of). */
  figureCount?: number;
};

/** A labelled figure tile; with `href` the whole tile is the link to the list it counts. */
export function Stat({
  label,
  value,
  count,
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
        {value ?? count}
      </span>
      {detail ? <span className="block truncate text-xs text-muted">{detail}</span> : null}
    </>
  );
  const box = "block min-w-0 rounded-lg border border-border bg-surface px-3 py-2";
  return href ? (
    <IntentLink
      href={href}
      data-testid={testId}
      data-figure-count={figureCount ?? count}
      title={title}
      className={cn(box, "hover:border-accent/50 hover:bg-surface-2")}
    >
      {body}
    </IntentLink>
  ) : (
    <div data-testid={testId} title={title} className={box}>
      {body}
    </div>
  );
}

/** A row of figure tiles; `label` makes it a named region ("Totals"). */
export function StatGrid({
  stats,
  label,
  testId,
  className,
}: {
  stats: (StatProps & { key?: string })[];
  label?: string;
  testId?: string;
  className: string;
}) {
  const tiles = stats.map(({ key, ...s }) => <Stat key={key ?? s.testId ?? s.label} {...s} />);
  return label ? (
    <section aria-label={label} data-testid={testId} className={cn("grid gap-2", className)}>
      {tiles}
    </section>
  ) : (
    <div data-testid={testId} className={cn("grid gap-2", className)}>
      {tiles}
    </div>
  );
}

/**
 * A number inside a table or sentence that opens the list behind it; `count` (data-figure-count) when
 * the number is a count of that list's items. Without `href` (a viewer who may not open that list) it
 * is the number alone. `isPlain` drops the underline (a header or a cell in a dense table).
 */
export function FigureLink({
  href,
  children,
  className,
  title,
  count,
  isPlain = false,
  testId,
}: {
  href: string | undefined;
  children: ReactNode;
  className?: string;
  title?: string;
  count?: number;
  isPlain?: boolean;
  testId?: string;
}) {
  if (!href) {
    return (
      <span title={title} className={cn(!isPlain && "font-mono tabular-nums", className)}>
        {children}
      </span>
    );
  }
  return (
    <IntentLink
      href={href}
      title={title}
      data-figure-count={count}
      data-testid={testId}
      className={cn(
        isPlain
          ? "hover:underline"
          : "font-mono tabular-nums underline decoration-border underline-offset-2 hover:decoration-accent",
        className,
      )}
    >
      {children}
    </IntentLink>
  );
}

/** A share drawn as a bar (severity mix, vendors by action): seen before it is read. */
export function ShareBar({ share, tone, className }: { share: number; tone: Tone; className?: string }) {
  return (
    <span aria-hidden className={cn("block h-2 overflow-hidden rounded-full bg-surface-2", className)}>
      <span
        className={cn("block h-full rounded-full", TONE_BAR[tone])}
        style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%` }}
      />
    </span>
  );
}

/** The tone of a rate where higher is better: success from `good`, warning from `fair`, else danger. */
export const rateTone = (rate: number | null, good: number, fair: number): Tone =>
  rate === null ? "neutral" : rate >= good ? "success" : rate >= fair ? "warning" : "danger";
