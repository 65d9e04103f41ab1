// Each dependency's recovery time against the function's RTO: one that takes longer is flagged, one with
// no stated recovery time cannot be shown to fit.
import Link from "next/link";
import { DEPENDENCY_KIND_LABELS, hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { FunctionResponse } from "@/lib/continuity/schemas";

const HREF = { SERVICE: "/services/", VENDOR: "/vendors/", FUNCTION: "/continuity/" } as const;

export function DependencyTable({ fn }: { fn: FunctionResponse }) {
  return (
    <section aria-labelledby="deps-heading" className="rounded-lg border border-border bg-surface p-3">
      <h2 id="deps-heading" className="mb-2 text-xs font-medium text-muted uppercase">
        Dependencies{" "}
        <span className="font-normal normal-case">· recovery against the {hours(fn.rtoHours)} RTO</span>
      </h2>
      {fn.dependencies.length ? (
        <div className="overflow-x-auto">
          <table
            className="w-full text-left text-sm"
            aria-label="Dependencies"
            data-testid="dependency-table"
          >
            <thead className="text-xs text-muted uppercase">
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  Kind
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Name
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  Recovers in
                </th>
                <th scope="col" className="py-1 pl-2 font-medium">
                  Against RTO
                </th>
              </tr>
            </thead>
            <tbody>
              {fn.dependencies.map((d) => {
                const slow = fn.slowDependencies.find((s) => s.kind === d.kind && s.id === d.id);
                return (
                  <tr key={`${d.kind}-${d.id}`} className="border-t border-border" data-slow={!!slow}>
                    <td className="py-1 pr-2 text-xs text-muted">{DEPENDENCY_KIND_LABELS[d.kind]}</td>
                    <td className="px-2 py-1">
                      <Link href={`${HREF[d.kind]}${d.id}`} className="hover:underline">
                        {d.name}
                      </Link>
                    </td>
                    <td
                      className={cn(
                        "px-2 py-1 text-right font-mono text-xs",
                        slow && "font-semibold text-danger",
                      )}
                    >
                      {d.recoveryHours === null ? "unknown" : hours(d.recoveryHours)}
                    </td>
                    <td className="py-1 pl-2">
                      {slow ? (
                        <Badge tone="danger">Slow by {hours(slow.byHours)}</Badge>
                      ) : d.recoveryHours === null ? (
                        <Badge tone="warning">Unknown</Badge>
                      ) : (
                        <Badge tone="success">Fits</Badge>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-muted">No dependencies recorded.</p>
      )}
    </section>
  );
}
