"use client";
// Availability per tier against its SLA (99.9 / 99.5 / 99.0 %), with each service under its tier. Every
// service row opens the arithmetic the server did (measured minutes, down minutes, budget, burn rate),
// so a manager can check the figure by hand.
import { IntentLink } from "@/components/ui/intent-link";
import { Fragment, useState } from "react";
import { ChevronDown, ChevronRight } from "lucide-react";
import { TierBadge } from "@/app/(portal)/services/_components/tier-badge";
import { formatAvailability, formatBurnRate, formatMinutesExact, formatShare, formatTarget } from "./format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FIGURE_CELLS } from "@/components/ui/figure-table";
import { FigureLink, ShareBar, TONE_TEXT, type Tone } from "@/components/ui/stat";
import type { AvailabilitySummary, ServiceAvailabilitySummary } from "@/lib/dashboards/schemas";

const COLUMNS = 8;
const { table: TABLE, head: THEAD, th: TH, thFigure: THR, td: TD, figure: TDR, row: ROW } = FIGURE_CELLS;

export const burnTone = (rate: number | null): Tone =>
  rate === null ? "neutral" : rate > 1 ? "danger" : rate >= 0.8 ? "warning" : "success";
export const budgetTone = (leftShare: number): Tone =>
  leftShare <= 0 ? "danger" : leftShare < 0.25 ? "warning" : "success";

export function MetBadge({ met }: { met: boolean | null }) {
  if (met === null) return <Badge>no data</Badge>;
  return met ? <Badge tone="success">met</Badge> : <Badge tone="danger">missed</Badge>;
}

// How much of the budget is left, as a bar: a manager sees an exhausted budget before reading a number.
export function BudgetBar({ share }: { share: number }) {
  return <ShareBar share={share} tone={budgetTone(share)} className="inline-block h-1.5 w-12 align-middle" />;
}

function ServiceRow({
  s,
  isOpen,
  onToggle,
}: {
  s: ServiceAvailabilitySummary;
  isOpen: boolean;
  onToggle: () => void;
}) {
  const arithmeticId = `arithmetic-${s.slug}`;
  return (
    <>
      <tr data-testid="availability-service" data-service={s.slug} className={cn(ROW, "hover:bg-surface-2")}>
        <th scope="row" className={cn(TD, "text-left font-normal whitespace-nowrap")}>
          <Button
            variant="ghost"
            size="sm"
            // 24 × 24 px at least (WCAG 2.5.8); 32 px on touch screens, where a finger must hit it beside the link.
            className="-ml-1 size-8 px-0 sm:size-6"
            aria-expanded={isOpen}
            aria-controls={arithmeticId}
            onClick={onToggle}
            title={isOpen ? "Hide the arithmetic" : "Show the arithmetic"}
          >
            {isOpen ? (
              <ChevronDown aria-hidden className="size-3.5" />
            ) : (
              <ChevronRight aria-hidden className="size-3.5" />
            )}
            <span className="sr-only">Arithmetic for {s.name}</span>
          </Button>
          <IntentLink href={`/services/${s.slug}`} className="hover:underline">
            {s.name}
          </IntentLink>
        </th>
        <td className={cn(TDR, "text-muted")}>{formatTarget(s.target)}</td>
        <td className={TDR}>
          <span className="inline-flex items-center gap-1.5">
            <span className={cn(s.met === false && "font-semibold text-danger")}>
              {formatAvailability(s.availability)}
            </span>
            <MetBadge met={s.met} />
          </span>
        </td>
        <td className={TDR}>
          <FigureLink
            href={`/incidents?service=${encodeURIComponent(s.slug)}&status=all`}
            title={`Outage ${formatMinutesExact(s.outageMinutes)}, degraded ${formatMinutesExact(s.degradedMinutes)}: the incidents of ${s.slug}`}
          >
            {formatMinutesExact(s.downMinutes)}
          </FigureLink>
        </td>
        <td className={cn(TDR, "text-muted")}>{formatMinutesExact(s.budgetMinutes)}</td>
        <td className={TDR}>
          <span className="inline-flex items-center gap-1.5">
            <BudgetBar share={s.budgetLeftShare} />
            <span className={TONE_TEXT[budgetTone(s.budgetLeftShare)]}>
              {formatMinutesExact(s.budgetLeftMinutes)}
            </span>
            <span className="text-xs text-muted">
              ({s.budgetLeftShare > 0 ? formatShare(s.budgetLeftShare, 0) : "used up"})
            </span>
          </span>
        </td>
        <td className={cn(TDR, TONE_TEXT[burnTone(s.burnRate)])}>{formatBurnRate(s.burnRate)}</td>
        <td className={cn(TDR, "text-muted")}>
          {s.maintenanceMinutes ? formatMinutesExact(s.maintenanceMinutes) : "—"}
        </td>
      </tr>
      {isOpen ? (
        <tr id={arithmeticId} data-testid="availability-arithmetic" className={ROW}>
          <td colSpan={COLUMNS} className="bg-surface-2/60 px-3 py-2">
            {s.arithmetic.length ? (
              <ol className="space-y-0.5 font-mono text-xs whitespace-pre-wrap">
                {s.arithmetic.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ol>
            ) : (
              <p className="text-xs text-muted">No arithmetic: nothing was measured for this service yet.</p>
            )}
          </td>
        </tr>
      ) : null}
    </>
  );
}

export function AvailabilityTable({ availability }: { availability: AvailabilitySummary }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (slug: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(slug)) next.delete(slug);
      else next.add(slug);
      return next;
    });
  const allOpen = availability.services.length > 0 && availability.services.every((s) => open.has(s.slug));

  return (
    <>
      <div className="mb-1 flex justify-end">
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setOpen(allOpen ? new Set() : new Set(availability.services.map((s) => s.slug)))}
        >
          {allOpen ? "Hide all arithmetic" : "Show all arithmetic"}
        </Button>
      </div>
      <div className="relative overflow-x-auto">
        <table className={TABLE} data-testid="availability-table">
          <caption className="sr-only">
            Availability per tier and service against the SLA, with error budgets
          </caption>
          <thead className={THEAD}>
            <tr>
              <th scope="col" className={TH}>
                Tier · service
              </th>
              <th scope="col" className={THR}>
                SLA
              </th>
              <th scope="col" className={THR}>
                Availability
              </th>
              <th scope="col" className={THR} title="Outage minutes plus half of the degraded minutes">
                Down
              </th>
              <th scope="col" className={THR}>
                Error budget
              </th>
              <th scope="col" className={THR}>
                Budget left
              </th>
              <th
                scope="col"
                className={THR}
                title="Share of the budget used ÷ share of the month elapsed; above 1× it runs out before the month ends"
              >
                Burn rate
              </th>
              <th scope="col" className={THR} title="Declared maintenance, not counted as downtime">
                Maint.
              </th>
            </tr>
          </thead>
          {availability.tiers.map((t) => {
            const services = availability.services.filter((s) => s.tier === t.tier);
            const leftShare = t.budgetMinutes ? t.budgetLeftMinutes / t.budgetMinutes : 1;
            return (
              <tbody key={t.tier} data-testid="tier-group" data-tier={t.tier}>
                <tr
                  data-testid="tier-row"
                  data-tier={t.tier}
                  className="border-b border-border bg-surface-2/70"
                >
                  <th scope="rowgroup" className={cn(TD, "text-left font-medium")}>
                    <span className="inline-flex flex-wrap items-center gap-2">
                      <TierBadge tier={t.tier} />
                      <IntentLink href="/services" className="text-xs hover:underline">
                        <span
                          className={cn(
                            "font-mono",
                            t.meeting < t.services ? "font-semibold text-danger" : "text-success",
                          )}
                        >
                          {t.meeting} of {t.services}
                        </span>{" "}
                        meeting the SLA
                      </IntentLink>
                    </span>
                  </th>
                  <td className={cn(TDR, "font-semibold")}>{formatTarget(t.target)}</td>
                  <td
                    className={TDR}
                    title={
                      t.worst
                        ? `Worst: ${t.worst.slug} at ${formatAvailability(t.worst.availability)}`
                        : undefined
                    }
                  >
                    <span className="text-muted">avg </span>
                    {formatAvailability(t.averageAvailability)}
                    {t.worst &&
                    t.worst.availability !== null &&
                    t.averageAvailability !== null &&
                    t.worst.availability < t.target ? (
                      <span className="block text-xs text-danger">
                        worst{" "}
                        <IntentLink href={`/services/${t.worst.slug}`} className="hover:underline">
                          {t.worst.slug}
                        </IntentLink>{" "}
                        {formatAvailability(t.worst.availability)}
                      </span>
                    ) : null}
                  </td>
                  <td className={TDR} />
                  <td className={cn(TDR, "text-muted")}>{formatMinutesExact(t.budgetMinutes)}</td>
                  <td className={TDR}>
                    <span className="inline-flex items-center gap-1.5">
                      <BudgetBar share={leftShare} />
                      <span className={TONE_TEXT[budgetTone(leftShare)]}>
                        {formatMinutesExact(t.budgetLeftMinutes)}
                      </span>
                    </span>
                  </td>
                  <td className={TDR} />
                  <td className={TDR} />
                </tr>
                {services.map((s) => (
                  <Fragment key={s.slug}>
                    <ServiceRow s={s} isOpen={open.has(s.slug)} onToggle={() => toggle(s.slug)} />
                  </Fragment>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </>
  );
}
