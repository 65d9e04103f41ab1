"use client";
// The escalation policy list: each service's own policy, then the tier defaults, with their steps in
// words; managers add one from here.
import Link from "next/link";
import { policyColumns } from "@/app/(portal)/escalation-policies/_components/policy-columns";
import {
  filterPolicies,
  POLICY_FILTER_FIELDS,
  POLICY_FILTER_NAMES,
} from "@/app/(portal)/escalation-policies/_components/policy-filter-fields";
import { namesOf } from "@/app/(portal)/escalation-policies/_components/policy-words";
import { buttonClass } from "@/components/ui/button";
import { ListView } from "@/components/ui/list-view";
import { NewRecordLink } from "@/components/ui/new-record-link";
import { PageHeader } from "@/components/ui/page-header";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { usePolicies, useTargetDirectory, type TargetDirectory } from "@/lib/client/escalation";
import { useServices } from "@/lib/client/services";
import type { PolicyResponse } from "@/lib/escalation/api-schemas";

const NO_ITEMS: PolicyResponse[] = [];

type Props = { initial: { items: PolicyResponse[] }; directory: TargetDirectory; canManage: boolean };

export function PolicyList({ initial, directory, canManage }: Props) {
  const url = useUrlFilters(POLICY_FILTER_NAMES);
  const list = usePolicies(initial);
  const targets = useTargetDirectory(directory);
  const catalog = useServices({});
  const services = new Map((catalog.data?.items ?? []).map((s) => [s.slug, s.name]));
  const items = filterPolicies(list.data?.items ?? NO_ITEMS, url.filters);

  return (
    <>
      <PageHeader
        title="Escalation policies"
        description="Who is paged, in which order, while nobody acknowledges an incident: a service's own policy, else its tier's default. The handbook's escalation matrix applies on top."
        actions={
          canManage ? (
            <NewRecordLink href="/escalation-policies/new" shortcutLabel="New escalation policy" hint="new">
              New policy
            </NewRecordLink>
          ) : null
        }
      />
      <ListView
        label="Escalation policies"
        noun="policy"
        plural="policies"
        filterFields={POLICY_FILTER_FIELDS}
        url={url}
        rows={items}
        query={{ ...list, hasData: !!list.data }}
        columns={policyColumns(namesOf(targets.directory), services)}
        rowKey={(p) => p.id}
        rowTestId="policy-row"
        rowAttributes={(p) => ({ "data-id": p.id })}
        hrefOf={(p) => `/escalation-policies/${p.id}`}
        empty={{
          title: "No escalation policies yet",
          description:
            "Until there is one, incidents escalate by the handbook's matrix only. Give each tier a default, and a service its own policy where it needs one.",
          action: canManage ? (
            <Link className={buttonClass("primary")} href="/escalation-policies/new">
              New policy
            </Link>
          ) : null,
        }}
      />
    </>
  );
}
