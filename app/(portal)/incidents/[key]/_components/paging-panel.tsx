"use client";
// The incident's escalation as on-call reads it: its policy, whether it is still paging and when the
// next step comes, and each step with whom it paged (or why it reached nobody).
import Link from "next/link";
import { Megaphone } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { QueryStates } from "@/components/ui/query-states";
import { Instant } from "@/components/ui/time";
import { useIncidentPaging, type IncidentPaging } from "@/lib/client/paging";

const STATE: Record<
  IncidentPaging["state"],
  { label: string; tone: "danger" | "success" | "neutral" | "warning" }
> = {
  paging: { label: "Paging", tone: "danger" },
  acknowledged: { label: "Stopped: acknowledged", tone: "success" },
  resolved: { label: "Stopped: resolved", tone: "success" },
  finished: { label: "Every step paged", tone: "warning" },
  "no-policy": { label: "No policy", tone: "neutral" },
  "not-started": { label: "Starting", tone: "neutral" },
  "reported-before-policies": { label: "Reported before the policies", tone: "neutral" },
};

const EXPLAIN: Partial<Record<IncidentPaging["state"], string>> = {
  "no-policy":
    "None of its services has an escalation policy, and no tier default applies: only the handbook's matrix notifies.",
  "not-started": "The paging job has not picked it up yet (it does within seconds of the report).",
  "reported-before-policies":
    "It was reported before the escalation policies existed: nobody is paged for it.",
};

export function PagingPanel({ incidentKey }: { incidentKey: string }) {
  const paging = useIncidentPaging(incidentKey);
  const data = paging.data;
  return (
    <Panel
      title="Escalation"
      icon={<Megaphone aria-hidden className="size-3.5" />}
      testId="paging-panel"
      className="space-y-2"
    >
      <QueryStates query={paging} what="The escalation" isEmpty={false} empty={{ title: "" }}>
        {data ? (
          <>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={STATE[data.state].tone}>{STATE[data.state].label}</Badge>
              {data.policy ? (
                <Link href="/escalation-policies" className="text-muted hover:underline">
                  {data.policy.name}
                </Link>
              ) : null}
            </p>
            {EXPLAIN[data.state] ? <p className="text-xs text-muted">{EXPLAIN[data.state]}</p> : null}
            {data.state === "paging" && data.nextDueAt ? (
              <p className="text-xs" data-testid="paging-next">
                Next step <Instant at={data.nextDueAt} relative /> unless someone acknowledges.
              </p>
            ) : null}
            {data.restartedFor ? (
              <p className="text-xs text-muted">
                Restarted for {data.restartedFor.name} when it was assigned.
              </p>
            ) : null}
            {data.steps.length ? (
              <ol className="space-y-1 text-xs" data-testid="paging-steps">
                {data.steps.map((s) => (
                  <li key={`${s.round}-${s.step}`} className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-medium">
                      {s.round ? `Repeat ${s.round}, step ${s.step}` : `Step ${s.step}`}
                    </span>
                    <span className="text-muted">{s.targets.join(", ")}</span>
                    {s.done ? (
                      s.fellThrough ? (
                        <span className="text-warning">reached nobody</span>
                      ) : (
                        <span>
                          paged {s.paged.map((p) => p.name).join(", ") || "—"}{" "}
                          {s.dueAt ? <Instant at={s.dueAt} /> : null}
                        </span>
                      )
                    ) : s.dueAt ? (
                      <span className="text-muted">
                        due <Instant at={s.dueAt} />
                      </span>
                    ) : (
                      <span className="text-muted">not paged</span>
                    )}
                  </li>
                ))}
              </ol>
            ) : null}
          </>
        ) : null}
      </QueryStates>
    </Panel>
  );
}
