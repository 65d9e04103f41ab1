"use client";
// Does the planned time fit the environment's deployment window (and no freeze)? Plus the next windows,
// each a button that plans the change into it. Pure rules, so the answer is the server's.
import { CheckCircle2, Snowflake, XCircle } from "lucide-react";
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { useIsClient } from "@/components/ui/use-is-client";
import { formatUtcRange, fromUtcInput, toUtcInput } from "@/app/(portal)/changes/_components/utc";
import { checkSchedule, windowContaining, windowsBetween } from "@/lib/changes/deployment-windows";
import type { Environment } from "@/lib/changes/types";
import { useFreezes } from "@/lib/client/change-calendar";

const DAY = 86_400_000;
const HOUR = 3_600_000;

type Props = {
  environment: Environment;
  start: string;
  end: string;
  isEmergency: boolean;
  onPick: (start: string, end: string) => void;
};

export function WindowFit({ environment, start, end, isEmergency, onPick }: Props) {
  const isClient = useIsClient();
  const startIso = fromUtcInput(start);
  const endIso = fromUtcInput(end);
  const freezes = useFreezes(startIso, endIso);
  const applying = (freezes.data ?? []).filter(
    (f) => f.environments.length === 0 || f.environments.includes(environment),
  );
  const verdict =
    startIso && endIso
      ? checkSchedule({
          environment,
          start: new Date(startIso),
          end: new Date(endIso),
          freezes: applying.map((f) => ({
            start: new Date(f.startsAt),
            end: new Date(f.endsAt),
            reason: f.title,
          })),
          emergencyAuthorized: false,
        })
      : null;
  const fits =
    startIso && endIso ? windowContaining(environment, new Date(startIso), new Date(endIso)) : null;
  const now = isClient ? Date.now() : 0;
  const upcoming =
    isClient && environment !== "DEVELOPMENT"
      ? windowsBetween(environment, new Date(now), new Date(now + 14 * DAY))
          .filter((w) => w.start.getTime() > now)
          .slice(0, 4)
      : [];

  return (
    <div data-testid="window-fit" className="space-y-1.5">
      <h3 className="text-xs font-medium text-muted uppercase">
        {ENVIRONMENT_LABELS[environment]} deployment window
      </h3>
      {!verdict ? (
        <p className="text-sm text-muted">Give a planned start and end (UTC) to check the window.</p>
      ) : verdict.ok ? (
        <p className="flex items-start gap-1.5 text-sm text-success">
          <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0" />
          {environment === "DEVELOPMENT"
            ? "Development is always open."
            : `Fits the window ${fits ? formatUtcRange(fits.start.toISOString(), fits.end.toISOString()) : ""}.`}
        </p>
      ) : (
        <ul className="space-y-1 text-sm text-danger">
          {verdict.reasons.map((r) => (
            <li key={r} className="flex items-start gap-1.5">
              {r.includes("freeze") ? (
                <Snowflake aria-hidden className="mt-0.5 size-4 shrink-0" />
              ) : (
                <XCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
              )}
              {r}
            </li>
          ))}
          {isEmergency ? (
            <li className="text-xs text-muted">
              An emergency authorized by the emergency CAB may go outside the windows.
            </li>
          ) : null}
        </ul>
      )}
      {environment === "DEVELOPMENT" ? null : (
        <div>
          <p className="text-xs text-muted">Next windows (click to plan 1 h at the start):</p>
          <div className="mt-1 flex flex-wrap gap-1">
            {upcoming.map((w) => (
              <button
                key={w.start.toISOString()}
                type="button"
                onClick={() =>
                  onPick(
                    toUtcInput(w.start.toISOString()),
                    toUtcInput(new Date(Math.min(w.start.getTime() + HOUR, w.end.getTime())).toISOString()),
                  )
                }
                className="rounded border border-border bg-surface-2 px-1.5 py-0.5 font-mono text-xs hover:border-accent hover:text-accent"
              >
                {formatUtcRange(w.start.toISOString(), w.end.toISOString())}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
