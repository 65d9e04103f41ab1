"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useRef, useState } from "react";
import { Download, Plus, Search } from "lucide-react";
import { TierBadge } from "@/app/(portal)/services/_components/tier-badge";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, ErrorState, Kbd, SkeletonRows, Spinner } from "@/components/ui/states";
import { Time } from "@/components/ui/time";
import { useListKeys } from "@/components/ui/use-list-keys";
import type { Page } from "@/lib/api/pagination";
import { servicesSearchParams, useServices } from "@/lib/client/services";
import type { ServiceResponse } from "@/lib/services/schemas";
import { SERVICE_TIERS, TIER_LABELS } from "@/lib/services/service-tier";

export function ServiceTable({ initial, canWrite }: { initial: Page<ServiceResponse>; canWrite: boolean }) {
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState("");
  const [tier, setTier] = useState("");
  const filters = { q: useDeferredValue(q.trim()) || undefined, tier: tier || undefined };
  const { data, error, isPending, isFetching, refetch } = useServices(filters, initial);
  const items = data?.items ?? [];
  const { selected, setSelected } = useListKeys(
    items.length,
    (i) => router.push(`/services/${items[i]!.slug}`),
    searchRef,
  );

  return (
    <>
      <PageHeader
        title="Services"
        description="The service catalog: who owns what, and the availability each tier promises."
        actions={
          <>
            <a
              className={buttonClass("secondary")}
              href={`/api/services?${servicesSearchParams(filters, { format: "csv" }).toString()}`}
              download
            >
              <Download aria-hidden className="size-4" /> Export CSV
            </a>
            {canWrite ? (
              <Link className={buttonClass("primary")} href="/services/new">
                <Plus aria-hidden className="size-4" /> New service
              </Link>
            ) : null}
          </>
        }
      />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <div className="relative w-full max-w-xs">
          <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted" />
          <Input
            ref={searchRef}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Search slug, name, owner"
            aria-label="Search services"
            className="pl-8"
          />
          <span className="pointer-events-none absolute top-2 right-2">
            <Kbd>/</Kbd>
          </span>
        </div>
        <Select
          value={tier}
          onChange={(e) => setTier(e.target.value)}
          aria-label="Filter by tier"
          className="w-44"
        >
          <option value="">All tiers</option>
          {SERVICE_TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABELS[t]}
            </option>
          ))}
        </Select>
        {isFetching && !isPending ? <Spinner label="Refreshing" className="text-muted" /> : null}
        <span className="ml-auto text-xs text-muted">
          {data?.nextCursor
            ? `First ${items.length} services: search to narrow`
            : `${items.length} service${items.length === 1 ? "" : "s"}`}
        </span>
      </div>

      {error ? (
        <ErrorState
          detail={error.message}
          action={
            <button className={buttonClass()} onClick={() => void refetch()}>
              Retry
            </button>
          }
        />
      ) : isPending ? (
        <SkeletonRows />
      ) : items.length === 0 ? (
        <EmptyState title={filters.q || filters.tier ? "No service matches" : "No services yet"}>
          {filters.q || filters.tier
            ? "Try another search or tier."
            : canWrite
              ? "Add the first service to the catalog."
              : "An ops manager adds services to the catalog."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
              <tr>
                <th className="px-3 py-2 font-medium">Service</th>
                <th className="px-3 py-2 font-medium">Owner</th>
                <th className="px-3 py-2 font-medium">Tier · SLA</th>
                <th className="hidden px-3 py-2 font-medium md:table-cell">Updated</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s, i) => (
                <tr
                  key={s.slug}
                  data-row-index={i}
                  aria-selected={selected === i}
                  onMouseEnter={() => setSelected(i)}
                  className={cn(
                    "border-b border-border last:border-0",
                    selected === i ? "bg-accent/5" : "hover:bg-surface-2",
                  )}
                >
                  <td className="px-3 py-2">
                    <Link href={`/services/${s.slug}`} className="font-medium hover:underline">
                      {s.name}
                    </Link>
                    <div className="font-mono text-xs text-muted">{s.slug}</div>
                  </td>
                  <td className="px-3 py-2">{s.owner}</td>
                  <td className="px-3 py-2">
                    <TierBadge tier={s.tier} />
                  </td>
                  <td className="hidden px-3 py-2 text-muted md:table-cell">
                    <Time iso={s.updatedAt} relative />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
