"use client";
import { Fragment, useDeferredValue, useState } from "react";
import { ChevronDown, ChevronRight, Download } from "lucide-react";
import { AuditDiff } from "@/app/(portal)/audit/_components/audit-diff";
import { Button, buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, ErrorState, SkeletonRows, Spinner } from "@/components/ui/states";
import { Time } from "@/components/ui/time";
import type { Page } from "@/lib/api/pagination";
import type { AuditRecordResponse } from "@/lib/audit/schemas";
import { auditSearchParams, useAuditLog } from "@/lib/client/audit";

const ENTITY_TYPES = ["service", "api_token", "user"];

export function AuditLog({ initial }: { initial: Page<AuditRecordResponse> }) {
  const [entityType, setEntityType] = useState("");
  const [actor, setActor] = useState("");
  const [action, setAction] = useState("");
  const [open, setOpen] = useState<string | null>(null);
  const filters = {
    entityType: entityType || undefined,
    actor: useDeferredValue(actor.trim()) || undefined,
    action: useDeferredValue(action.trim()) || undefined,
  };
  const query = useAuditLog(filters, initial);
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every write, with who, when, before and after. Append-only and hash-chained: `npm run audit:verify` checks it."
        actions={
          <a
            className={buttonClass()}
            href={`/api/audit-log?${auditSearchParams(filters, { format: "csv" }).toString()}`}
            download
          >
            <Download aria-hidden className="size-4" /> Export CSV
          </a>
        }
      />
      <div className="mb-3 flex flex-wrap gap-2">
        <Select
          aria-label="Entity type"
          value={entityType}
          onChange={(e) => setEntityType(e.target.value)}
          className="w-40"
        >
          <option value="">All entities</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </Select>
        <Input
          aria-label="Actor email"
          placeholder="Actor email"
          value={actor}
          onChange={(e) => setActor(e.target.value)}
          className="w-56"
        />
        <Input
          aria-label="Action"
          placeholder="Action, e.g. service.update"
          value={action}
          onChange={(e) => setAction(e.target.value)}
          className="w-56"
        />
      </div>
      {query.error ? (
        <ErrorState detail={query.error.message} />
      ) : query.isPending ? (
        <SkeletonRows />
      ) : rows.length === 0 ? (
        <EmptyState title="No audit records match" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
              <tr>
                <th className="w-6 px-2 py-2" />
                <th className="px-3 py-2 font-medium">When</th>
                <th className="px-3 py-2 font-medium">Who</th>
                <th className="px-3 py-2 font-medium">Action</th>
                <th className="px-3 py-2 font-medium">Entity</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <Fragment key={r.id}>
                  <tr
                    className="cursor-pointer border-b border-border hover:bg-surface-2"
                    onClick={() => setOpen(open === r.id ? null : r.id)}
                  >
                    <td className="px-2 py-1.5">
                      <button
                        aria-expanded={open === r.id}
                        aria-label={`Details of record ${r.id}`}
                        className="rounded p-0.5 text-muted hover:text-fg"
                      >
                        {open === r.id ? (
                          <ChevronDown className="size-4" />
                        ) : (
                          <ChevronRight className="size-4" />
                        )}
                      </button>
                    </td>
                    <td className="px-3 py-1.5 whitespace-nowrap">
                      <Time iso={r.at} />
                    </td>
                    <td className="px-3 py-1.5">{r.actorEmail}</td>
                    <td className="px-3 py-1.5 font-mono text-xs">{r.action}</td>
                    <td className="px-3 py-1.5 font-mono text-xs">
                      {r.entityType}/{r.entityId}
                    </td>
                  </tr>
                  {open === r.id ? (
                    <tr className="border-b border-border bg-surface-2/50">
                      <td />
                      <td colSpan={4} className="px-3 py-3">
                        <AuditDiff before={r.before} after={r.after} />
                        <p className="mt-2 font-mono text-[10px] break-all text-muted">
                          #{r.id} hash {r.hash} · previous {r.prevHash}
                        </p>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.hasNextPage ? (
        <div className="mt-3 flex justify-center">
          <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? <Spinner /> : null} Load older records
          </Button>
        </div>
      ) : null}
    </>
  );
}
