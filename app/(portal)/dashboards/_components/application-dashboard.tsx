"use client";
// The application dashboard: per service, availability against its tier, performance against the
// handbook's p95 standards, and capacity with its forecast. The overview table keeps every service on
// one screen; the chosen service (in the URL as ?service=) opens in full below it.
import { ApplicationDetail } from "./application-detail";
import { SELF_SERVICE } from "./application-labels";
import { ApplicationOverview } from "./application-overview";
import { monthLong } from "./format";
import { PeriodDashboard } from "./parts";
import { useApplicationDashboard, useDashboardParams, type InitialDashboard } from "./use-dashboard";
import { Select } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/states";
import type { ApplicationDashboard as Data } from "@/lib/dashboards/schemas";

function ApplicationFigures({
  data,
  service,
  select,
}: {
  data: Data;
  service: string;
  select: (slug: string) => void;
}) {
  const services = data.services;
  const current = services.find((s) => s.slug === service) ?? services[0];
  if (!current) {
    return (
      <EmptyState title="No services yet">
        Add services to the catalog; their availability, performance and capacity show here.
      </EmptyState>
    );
  }
  const self = services.some((s) => s.slug === SELF_SERVICE);
  return (
    <>
      <p className="text-xs text-muted">
        Availability for {monthLong(data.month)} (month to date, UTC); p95 and capacity over the period.
        Targets: API p95 &lt; 200 ms, database p95 &lt; 100 ms, page load p95 &lt; 3 s, search p95 &lt; 1 s;
        capacity keeps {20} % free at peak.
        {self ? " ops-portal is this portal, measuring itself." : ""}
      </p>
      <ApplicationOverview services={services} selected={current.slug} onSelect={select} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="dashboard-service" className="text-sm font-medium">
          Service
        </label>
        <Select
          id="dashboard-service"
          className="w-auto min-w-48"
          value={current.slug}
          onChange={(e) => select(e.target.value)}
        >
          {services.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
              {s.slug === SELF_SERVICE ? " (this portal)" : ""}
            </option>
          ))}
        </Select>
      </div>
      <ApplicationDetail service={current} />
    </>
  );
}

export function ApplicationDashboard({ initial }: { initial?: InitialDashboard<Data> }) {
  const { selection, service, setParams } = useDashboardParams();
  const query = useApplicationDashboard(selection, initial);
  const select = (slug: string) => setParams({ service: slug });
  return (
    <PeriodDashboard title="Application dashboard" selection={selection} setParams={setParams} query={query}>
      {(data) => <ApplicationFigures data={data} service={service} select={select} />}
    </PeriodDashboard>
  );
}
