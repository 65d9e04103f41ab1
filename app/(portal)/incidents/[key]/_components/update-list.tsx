"use client";
import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { CopyMarkdownButton } from "@/app/(portal)/incidents/[key]/_components/copy-markdown-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorState, SkeletonRows } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import { incidentKeys, useIncidentTimeline, useIncidentUpdates } from "@/lib/client/incidents";

export function UpdateList({ incidentKey }: { incidentKey: string }) {
  const { data, isPending, isError, error, refetch, isFetching } = useIncidentUpdates(incidentKey);
  const client = useQueryClient();
  // The updates query does not poll, but the timeline does (same cache, no extra request): when it
  // records more updates than the list holds, someone else posted one.
  const postedCount = useIncidentTimeline(incidentKey).data?.filter((e) => e.kind === "UPDATE_POSTED").length;
  const listedCount = data?.length;
  useEffect(() => {
    if (postedCount !== undefined && listedCount !== undefined && postedCount > listedCount) {
      void client.invalidateQueries({ queryKey: incidentKeys.updates(incidentKey) });
    }
  }, [client, incidentKey, postedCount, listedCount]);
  if (isPending) return <SkeletonRows rows={3} columns={1} />;
  if (isError) {
    return (
      <ErrorState
        title="Could not load the updates"
        detail={error.message}
        action={
          <Button size="sm" onClick={() => void refetch()} disabled={isFetching}>
            Retry
          </Button>
        }
      />
    );
  }
  if (data.length === 0)
    return (
      <p className="rounded-md border border-dashed border-border px-3 py-4 text-center text-sm text-muted">
        No updates posted yet.
      </p>
    );
  return (
    <ol className="space-y-3" aria-label="Posted updates">
      {data.map((u) => (
        <li key={u.id} className="rounded-md border border-border">
          <div className="flex flex-wrap items-center gap-2 border-b border-border bg-surface-2 px-3 py-1.5 text-xs">
            <Badge tone={u.public ? "accent" : "neutral"}>{u.public ? "Public" : "Internal"}</Badge>
            <span className="font-medium">{u.author.name}</span>
            <span className="text-muted">
              <Instant at={u.createdAt} />
            </span>
            <span className="text-muted">
              · next <Instant at={u.nextUpdateAt} />
            </span>
            <span className="ml-auto">
              <CopyMarkdownButton markdown={u.markdown} />
            </span>
          </div>
          <pre className="overflow-x-auto px-3 py-2 font-mono text-xs whitespace-pre-wrap break-words">
            {u.markdown}
          </pre>
        </li>
      ))}
    </ol>
  );
}
