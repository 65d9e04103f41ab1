"use client";
// A date-time input that shows what it sends. Its label names the zone the text is read in ("(UTC)" for a
// rule, "(your time)" for a moment in the viewer's day) and under it the instant that goes over the wire,
// with the same moment in the other zone: "Sends 2026-12-12T10:00:00Z · your time Sat 12 Dec 11:00 CET".
// Its date-only mode (`DateInput`: contract ends, renewals, certification expiries) sends the calendar day
// as typed and says so: "Sends 2027-01-31 · Sun 31 Jan 2027 · a day in no time zone".
import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { useIsClient } from "@/components/ui/use-is-client";
import {
  describeDateInput,
  describeInput,
  type InputPrecision,
  type InputZone,
} from "@/components/ui/utc-input";

type Props = {
  /** The label without its zone: "Planned start" reads "Planned start (UTC)". */
  label: string;
  zone: InputZone;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Shown after what it sends (an empty input shows only this). */
  hint?: ReactNode;
  /** "second" for an input that keeps seconds (step 1). */
  precision?: InputPrecision;
  /** Marks the input invalid when the message is shown elsewhere (a refusal above the form). */
  isInvalid?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "id" | "step">;

const ZONE_LABEL: Record<InputZone, string> = { utc: "UTC", local: "your time" };

/** A labelled datetime-local input whose hint says exactly which instant it sends. */
export function DateTimeInput({
  label,
  zone,
  value,
  onChange,
  error,
  hint,
  precision = "minute",
  isInvalid = false,
  className,
  ...rest
}: Props) {
  const id = useId();
  // The viewer's zone is known only in the browser; the server renders the hint without it.
  const isClient = useIsClient();
  const sends = isClient ? describeInput(value, zone, undefined, precision) : undefined;
  const empty = zone === "utc" ? "Entered as UTC, not your local time." : "Entered in your own time zone.";
  return (
    <SendsShell
      id={id}
      label={`${label} (${ZONE_LABEL[zone]})`}
      sends={sends ?? empty}
      hint={hint}
      error={error}
    >
      <Input
        {...rest}
        id={id}
        type="datetime-local"
        step={precision === "second" ? 1 : undefined}
        aria-describedby={`${id}-sends${error ? ` ${id}-error` : ""}`}
        aria-invalid={!!error || isInvalid}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={cn("font-mono", className)}
      />
    </SendsShell>
  );
}

type ShellProps = {
  id: string;
  label: string;
  sends: ReactNode;
  hint?: ReactNode;
  error?: string;
  isLabelHidden?: boolean;
  children: ReactNode;
};

/** Label, input, what it sends, error: the layout both inputs share. */
function SendsShell({ id, label, sends, hint, error, isLabelHidden = false, children }: ShellProps) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className={isLabelHidden ? "sr-only" : "block text-sm font-medium"}>
        {label}
      </label>
      {children}
      <p id={`${id}-sends`} className="text-xs text-muted" data-testid="sends">
        {sends}
        {hint ? <> {hint}</> : null}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-xs text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type DateProps = {
  label: string;
  /** "YYYY-MM-DD", or "" for none. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  /** The label is read by screen readers only (a compact row names its inputs itself). */
  isLabelHidden?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "id">;

/** A labelled date-only input whose hint says the calendar day it sends, in no time zone. */
export function DateInput({
  label,
  value,
  onChange,
  error,
  hint,
  isLabelHidden = false,
  className,
  ...rest
}: DateProps) {
  const id = useId();
  const sends = describeDateInput(value) ?? (value ? "Not a calendar day yet." : "No date: sends none.");
  return (
    <SendsShell id={id} label={label} sends={sends} hint={hint} error={error} isLabelHidden={isLabelHidden}>
      <Input
        {...rest}
        id={id}
        type="date"
        aria-describedby={`${id}-sends${error ? ` ${id}-error` : ""}`}
        aria-invalid={!!error}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={cn("font-mono", className)}
      />
    </SendsShell>
  );
}
