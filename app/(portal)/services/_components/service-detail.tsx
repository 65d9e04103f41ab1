"use client";
import { useState } from "react";
import { Pencil, RefreshCw } from "lucide-react";
import { ServiceForm } from "@/app/(portal)/services/_components/service-form";
import { TierBadge } from "@/app/(portal)/services/_components/tier-badge";
import { Button } from "@/components/ui/button";
import { FactGrid } from "@/components/ui/fact-grid";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/record-header";
import { Instant } from "@/components/ui/time";
import { ApiError, fieldErrorMap } from "@/lib/client/api-client";
import { useService, useUpdateService } from "@/lib/client/services";
import type { ServiceResponse } from "@/lib/services/schemas";
import { allowedDowntimeMinutes } from "@/lib/services/service-tier";

export function ServiceDetail({ initial, canWrite }: { initial: ServiceResponse; canWrite: boolean }) {
  const { data: service = initial, refetch, isFetching } = useService(initial.slug, initial);
  const update = useUpdateService(initial.slug);
  const [editing, setEditing] = useState(false);
  // The version this editor started from: a save is refused (409) if someone saved in between.
  const [baseVersion, setBaseVersion] = useState(service.version);
  const [formKey, setFormKey] = useState(0);
  const conflict = update.error instanceof ApiError && update.error.isConflict;

  async function loadLatest() {
    const fresh = await refetch();
    if (fresh.data) setBaseVersion(fresh.data.version);
    update.reset();
    setFormKey((k) => k + 1);
  }

  return (
    <>
      <BackLink href="/services" className="mb-2">
        Services
      </BackLink>
      <PageHeader
        title={service.name}
        description={<span className="font-mono">{service.slug}</span>}
        actions={
          canWrite && !editing ? (
            <Button
              onClick={() => {
                setBaseVersion(service.version);
                setEditing(true);
              }}
            >
              <Pencil aria-hidden className="size-4" /> Edit
            </Button>
          ) : null
        }
      />
      {conflict ? (
        <div
          role="alert"
          className="mb-4 flex max-w-2xl flex-wrap items-center gap-3 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
        >
          <span className="flex-1">
            <strong>Someone else changed this service</strong> since you opened it. Your edits were not saved,
            and theirs were kept.
          </span>
          <Button size="sm" onClick={() => void loadLatest()} disabled={isFetching}>
            <RefreshCw aria-hidden className="size-3" /> Load their version
          </Button>
        </div>
      ) : update.error ? (
        <p role="alert" className="mb-4 max-w-2xl rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {update.error.message}
        </p>
      ) : null}
      {editing ? (
        <ServiceForm
          key={formKey}
          mode="edit"
          initial={service}
          submitting={update.isPending}
          serverErrors={fieldErrorMap(update.error)}
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
          onSubmit={({ name, owner, tier, description }) =>
            update.mutate(
              { version: baseVersion, name, owner, tier, description },
              { onSuccess: () => setEditing(false) },
            )
          }
        />
      ) : (
        <FactGrid
          columns={2}
          className="max-w-3xl gap-x-6 gap-y-4 p-4"
          facts={[
            { label: "Owner", value: service.owner },
            {
              label: "Tier and SLA",
              value: (
                <span className="flex items-center gap-2">
                  <TierBadge tier={service.tier} />
                  <span className="text-xs text-muted">
                    ≤ {allowedDowntimeMinutes(service.tier)} min downtime / 30 days
                  </span>
                </span>
              ),
            },
            {
              label: "Description",
              wide: true,
              value: (
                <span className="whitespace-pre-wrap">
                  {service.description || <span className="text-muted">No description</span>}
                </span>
              ),
            },
            { label: "Updated", value: <Instant at={service.updatedAt} /> },
            { label: "Version", value: <span className="font-mono">{service.version}</span> },
          ]}
        />
      )}
    </>
  );
}
