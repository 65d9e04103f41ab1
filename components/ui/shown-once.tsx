"use client";
// The one time a secret is on screen (an integration's or a webhook's secret, a calendar feed's link):
// what it is, that it will not be shown again and why, the value to select, and a copy button.
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";

type Props = {
  /** The heading ("The integration's secret"), also the section's accessible name. */
  title: ReactNode;
  /** A lucide icon at `size-4`, before the title. */
  icon: ReactNode;
  value: string;
  /** What it is for and what to do if it is lost, after "Copy it now: you will not see it again." */
  children: ReactNode;
  copyLabel?: string;
  testId: string;
  valueTestId: string;
  /** More controls beside the copy button ("I have copied it"). */
  actions?: ReactNode;
  /** A long value (a URL) in the smaller type. */
  isLong?: boolean;
};

/**
 * @example <ShownOnce title="The webhook's signing secret" icon={<KeyRound … />} value={secret}
 *   testId="secret-once" valueTestId="webhook-secret">The receiver verifies…</ShownOnce>
 */
export function ShownOnce({
  title,
  icon,
  value,
  children,
  copyLabel = "Copy secret",
  testId,
  valueTestId,
  actions,
  isLong,
}: Props) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      data-testid={testId}
      className="space-y-2 rounded-lg border border-warning/40 bg-warning/10 p-3"
    >
      <h2 id={headingId} className="flex items-center gap-1.5 text-sm font-semibold">
        {icon} {title}
      </h2>
      <p className="text-sm">
        <strong>Copy it now: you will not see it again.</strong> {children}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid={valueTestId}
          className={cn(
            "min-w-0 rounded border border-border bg-surface px-2 py-1 font-mono break-all select-all",
            isLong ? "text-xs" : "text-sm",
          )}
        >
          {value}
        </code>
        <CopyButton text={value} label={copyLabel} />
        {actions}
      </div>
    </section>
  );
}
