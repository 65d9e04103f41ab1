// What the function is, how the work continues without its systems, and who it relies on.
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { NoneRecorded } from "@/components/ui/record-facts";
import type { FunctionResponse } from "@/lib/continuity/schemas";

export function FunctionFacts({ fn }: { fn: FunctionResponse }) {
  return (
    <div className="space-y-4">
      <Panel title="About">
        <p className="text-sm whitespace-pre-wrap">
          {fn.description || <span className="text-muted">No description.</span>}
        </p>
      </Panel>
      <Panel title="Alternative processes">
        {fn.alternativeProcesses.length ? (
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {fn.alternativeProcesses.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ol>
        ) : (
          <NoneRecorded isWarning>
            None recorded: how does the work continue while the systems are down?
          </NoneRecorded>
        )}
      </Panel>
      <Panel title="Key personnel">
        {fn.keyPersonnel.length ? (
          <table className="w-full text-left text-sm" aria-label="Key personnel">
            <thead className="text-xs text-muted uppercase">
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  Person
                </th>
                <th scope="col" className="py-1 pl-2 font-medium">
                  Backup
                </th>
              </tr>
            </thead>
            <tbody>
              {fn.keyPersonnel.map((p, i) => (
                <tr key={i} className="border-t border-border align-top">
                  <td className="py-1 pr-2">
                    {p.name}
                    {p.role ? <span className="block text-xs text-muted">{p.role}</span> : null}
                  </td>
                  <td className="py-1 pl-2">{p.backup || <Badge tone="warning">No backup</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <NoneRecorded />
        )}
      </Panel>
    </div>
  );
}
