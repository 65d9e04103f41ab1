// Each dependency's recovery time against the function's RTO: one that takes longer is flagged, one with
// no stated recovery time cannot be shown to fit.
import Link from "next/link";
import { DEPENDENCY_KIND_LABELS, hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { FunctionResponse } from "@/lib/continuity/schemas";

const HREF = { SERVICE: "/services/", VENDOR: "/vendors/", FUNCTION: "/continuity/" } as const;

type Dependency = FunctionResponse["dependencies"][number];

export function DependencyTable({ fn }: { fn: FunctionResponse }) {
  const slowOf = (d: Dependency) => fn.slowDependencies.find((s) => s.kind === d.kind && s.id === d.id);
  const columns: DataTableColumn<Dependency>[] = [
    {
      id: "kind",
      header: "Kind",
      phone: "lead",
      className: "text-xs text-muted",
      cell: (d) => DEPENDENCY_KIND_LABELS[d.kind],
    },
    {
      id: "name",
      header: "Name",
      phone: "main",
      cell: (d) => (
        <Link href={`${HREF[d.kind]}${d.id}`} className="hover:underline">
          {d.name}
        </Link>
      ),
    },
    {
      id: "recovers",
      header: "Recovers in",
      phone: "meta",
      phoneLabel: true,
      className: (d) => cn("font-mono text-xs md:text-right", slowOf(d) && "font-semibold text-danger"),
      cell: (d) => (d.recoveryHours === null ? "unknown" : hours(d.recoveryHours)),
    },
    {
      id: "against",
      header: "Against RTO",
      phone: "trail",
      cell: (d) => {
        const slow = slowOf(d);
        return slow ? (
          <Badge tone="danger">Slow by {hours(slow.byHours)}</Badge>
        ) : d.recoveryHours === null ? (
          <Badge tone="warning">Unknown</Badge>
        ) : (
          <Badge tone="success">Fits</Badge>
        );
      },
    },
  ];
  return (
    <section aria-labelledby="deps-heading" className="rounded-lg border border-border bg-surface p-3">
      <h2 id="deps-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        Dependencies{" "}
        <span className="font-normal normal-case">· recovery against the {hours(fn.rtoHours)} RTO</span>
      </h2>
      {fn.dependencies.length ? (
        <div data-testid="dependency-table">
          <DataTable
            label="Dependencies"
            columns={columns}
            rows={fn.dependencies}
            rowKey={(d) => `${d.kind}-${d.id}`}
            rowAttributes={(d) => ({ "data-slow": String(!!slowOf(d)) })}
            empty={{ title: "No dependencies recorded." }}
          />
        </div>
      ) : (
        <p className="text-sm text-muted">No dependencies recorded.</p>
      )}
    </section>
  );
}
