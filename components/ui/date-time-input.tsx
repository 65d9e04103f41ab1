"use client";
// A date-time input that shows what it sends. Its label names the zone the text is read in ("(UTC)" for a
// rule, "(your time)" for a moment in the viewer's day) and under it the instant that goes over the wire,
// with the same moment in the other zone: "Sends 2026-12-12T10:00:00Z · your time Sat 12 Dec 11:00 CET".
import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { useIsClient } from "@/components/ui/use-is-client";
import { describeInput, type InputPrecision, type InputZone } from "@/components/ui/utc-input";

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
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label} ({ZONE_LABEL[zone]})
      </label>
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
      <p id={`${id}-sends`} className="text-xs text-muted" data-testid="sends">
        {sends ?? empty}
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
