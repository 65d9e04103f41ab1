// Before and after side by side, changed fields first and marked.
import { cn } from "@/components/ui/cn";

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changed = (k: string) => JSON.stringify(b[k]) !== JSON.stringify(a[k]);
  keys.sort((x, y) => Number(changed(y)) - Number(changed(x)) || x.localeCompare(y));
  if (keys.length === 0) return <p className="text-muted">No details recorded.</p>;
  return (
    <table className="w-full table-fixed text-xs">
      <thead className="text-muted">
        <tr>
          <th className="w-40 py-1 text-left font-medium">Field</th>
          <th className="py-1 text-left font-medium">Before</th>
          <th className="py-1 text-left font-medium">After</th>
        </tr>
      </thead>
      <tbody className="font-mono">
        {keys.map((k) => (
          <tr key={k} className={cn(changed(k) && before !== null && "bg-warning/10")}>
            <td className="py-0.5 pr-2 align-top">{k}</td>
            <td className="py-0.5 pr-2 align-top break-all text-muted">
              {before === null ? "" : show(b[k])}
            </td>
            <td className="py-0.5 align-top break-all">{after === null ? "" : show(a[k])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
