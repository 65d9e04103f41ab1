"use client";
// A block of text to read or copy as it is: configuration to paste, a raw payload. Rendered as text in a
// <pre> (never as HTML, whatever it holds), scrolling sideways inside its own focusable box.
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/components/ui/cn";

type Props = {
  /** The block's accessible name ("alertmanager.yml receiver"); shown as its caption with `isCaptioned`. */
  label: string;
  text: string;
  isCaptioned?: boolean;
  /** Offer a copy button (configuration); a log entry is read, not copied. */
  canCopy?: boolean;
  className?: string;
  testId?: string;
};

export function CodeBlock({ label, text, isCaptioned = false, canCopy = false, className, testId }: Props) {
  return (
    <figure className={cn("min-w-0 space-y-1", className)}>
      {isCaptioned || canCopy ? (
        <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
          {isCaptioned ? <span className="font-medium">{label}</span> : <span />}
          {canCopy ? <CopyButton text={text} label="Copy" /> : null}
        </figcaption>
      ) : null}
      <pre
        tabIndex={0}
        role="region"
        aria-label={label}
        data-testid={testId}
        className="max-h-96 overflow-auto rounded-md border border-border bg-surface-2 p-3 font-mono text-xs leading-relaxed whitespace-pre"
      >
        {text}
      </pre>
    </figure>
  );
}
