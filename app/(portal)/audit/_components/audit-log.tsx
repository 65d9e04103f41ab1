"use client";
// The audit log, newest first: filters in the URL, a record's before/after opens beneath it (a click on
// the row, or j/k and Enter), older records load on demand.
import { useState } from "react";
import { ChevronDown, ChevronRight } from "lucide-react";
import { AuditDiff } from "@/app/(portal)/audit/_components/audit-diff";
import { Button } from "@/components/ui/button";
import { CsvLink } from "@/components/ui/csv-link";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { Instant } from "@/components/ui/time";
import { useListKeys } from "@/components/ui/use-list-keys";
import { menuFilter, optionsOf } from "@/components/ui/filter-fields";
import { fieldNames, type FilterField } from "@/components/ui/url-filters";
import { UrlFilterBar } from "@/components/ui/url-filter-bar";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { Page } from "@/lib/api/pagination";
import type { AuditRecordResponse } from "@/lib/audit/schemas";
import { auditSearchParams, useAuditLog } from "@/lib/client/audit";

const ENTITY_TYPES = ["service", "api_token", "user"];

const FIELDS: FilterField<"entityType" | "actor" | "action">[] = [
  menuFilter("entityType", "entity", optionsOf(ENTITY_TYPES, String), {
    label: "Entity type",
    any: "All entities",
  }),
  {
    kind: "text",
    name: "actor",
    label: "Actor email",
    chipName: "By",
    placeholder: "Actor email",
    className: "sm:w-56",
  },
  {
    kind: "text",
    name: "action",
    label: "Action",
    chipName: "Did",
    placeholder: "Action, e.g. service.update",
    className: "sm:w-56",
  },
];
const NAMES = fieldNames(FIELDS);

const columns = (open: string | null): DataTableColumn<AuditRecordResponse>[] => [
  {
    id: "open",
    header: "Details",
    isHeaderHidden: true,
    phone: "lead",
    className: "w-6",
    cell: (r) => (
      <button
        aria-expanded={open === r.id}
        aria-label={`Details of record ${r.id}`}
        className="rounded p-0.5 text-muted hover:text-fg max-md:p-3"
      >
        {open === r.id ? <ChevronDown className="size-4" /> : <ChevronRight className="size-4" />}
      </button>
    ),
  },
  {
    id: "when",
    header: "When",
    phone: "trail",
    className: "whitespace-nowrap",
    cell: (r) => <Instant at={r.at} />,
  },
  { id: "who", header: "Who", phone: "lead", className: "break-all", cell: (r) => r.actorEmail },
  { id: "action", header: "Action", phone: "main", className: "font-mono text-xs", cell: (r) => r.action },
  {
    id: "entity",
    header: "Entity",
    phone: "meta",
    className: "font-mono text-xs break-all",
    cell: (r) => `${r.entityType}/${r.entityId}`,
  },
];

export function AuditLog({ initial }: { initial: Page<AuditRecordResponse> }) {
  const url = useUrlFilters(NAMES);
  const [open, setOpen] = useState<string | null>(null);
  const filters = {
    entityType: url.filters.entityType || undefined,
    actor: url.filters.actor || undefined,
    action: url.filters.action || undefined,
  };
  const query = useAuditLog(filters, initial);
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const toggle = (r: AuditRecordResponse) => setOpen((o) => (o === r.id ? null : r.id));
  const { selected, setSelected } = useListKeys(rows.length, (i) => toggle(rows[i]!));

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every write, with who, when, before and after. Append-only and hash-chained: `npm run audit:verify` checks it."
        actions={
          <CsvLink href={`/api/audit-log?${auditSearchParams(filters, { format: "csv" }).toString()}`} />
        }
      />
      <UrlFilterBar label="Filter the audit log" fields={FIELDS} url={url} />
      <div className="my-2 flex flex-wrap items-center gap-3">
        <KeyLegend />
      </div>
      <DataTable
        label="Audit records"
        columns={columns(open)}
        rows={rows}
        rowKey={(r) => r.id}
        rowTestId="audit-row"
        rowClassName={() => "cursor-pointer"}
        selectedIndex={selected}
        onSelectIndex={setSelected}
        onRowClick={toggle}
        isLoading={query.isPending}
        error={
          query.error ? { title: "The audit log could not be loaded", detail: query.error.message } : null
        }
        empty={{ title: "No audit records match" }}
        rowDetail={(r) =>
          open === r.id ? (
            <>
              <AuditDiff before={r.before} after={r.after} />
              <p className="mt-2 font-mono text-[10px] break-all text-muted">
                #{r.id} hash {r.hash} · previous {r.prevHash}
              </p>
            </>
          ) : null
        }
      />
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
