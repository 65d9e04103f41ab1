"use client";
// The change list's columns for the kit's DataTable. On a phone each card reads: risk and key, then the
// status; the title and services; where, when (UTC) and who.
import { ChangeStatusBadge, RiskBadge } from "@/app/(portal)/changes/_components/change-badges";
import {
  CATEGORY_LABELS,
  ENVIRONMENT_LABELS,
  ROUTE_LABELS,
} from "@/app/(portal)/changes/_components/change-labels";
import { InstantRange } from "@/components/ui/time";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/ui/data-table";
import { keyColumn, TitleWithServices } from "@/components/ui/table-columns";
import type { ChangeSummary } from "@/lib/changes/schemas";

export function changeColumns(meId: string): DataTableColumn<ChangeSummary>[] {
  return [
    {
      id: "risk",
      header: "Risk",
      phone: "lead",
      cell: (c) => <RiskBadge level={c.riskLevel} score={c.riskScore} />,
    },
    keyColumn(
      (c) => c.key,
      (c) => `/changes/${c.key}`,
    ),
    {
      id: "title",
      header: "Title · services",
      phone: "main",
      className: "md:max-w-xs xl:max-w-sm",
      cell: (c) => <TitleWithServices title={c.title} services={c.services} />,
    },
    {
      id: "where",
      header: "Where",
      phone: "meta",
      className: "text-xs whitespace-nowrap",
      cell: (c) => (
        <>
          <div className={cn(c.environment === "PRODUCTION" && "font-semibold")}>
            {ENVIRONMENT_LABELS[c.environment]}
          </div>
          <div className="text-muted">
            {CATEGORY_LABELS[c.category]}
            {c.approvalRoute ? ` · ${ROUTE_LABELS[c.approvalRoute]}` : ""}
          </div>
        </>
      ),
    },
    { id: "status", header: "Status", phone: "trail", cell: (c) => <ChangeStatusBadge status={c.status} /> },
    {
      id: "planned",
      header: "Planned (UTC)",
      phone: "meta",
      className: "font-mono text-xs whitespace-nowrap max-md:whitespace-normal",
      cell: (c) => <InstantRange start={c.plannedStart} end={c.plannedEnd} zone="utc" />,
    },
    {
      id: "people",
      header: "People",
      phone: "meta",
      className: "text-xs whitespace-nowrap",
      cell: (c) => (
        <>
          <div>{c.requestedBy.id === meId ? "You" : c.requestedBy.name}</div>
          {c.implementer ? (
            <div className="text-muted">impl. {c.implementer.id === meId ? "you" : c.implementer.name}</div>
          ) : null}
        </>
      ),
    },
  ];
}
