"use client";
// The schedule list: the kit's list view with who is on call on each schedule, now and next, and the
// gaps coming within a week; the person's own calendar feed below it when they have one to make.
import Link from "next/link";
import type { ReactNode } from "react";
import { SCHEDULE_COLUMNS } from "@/app/(portal)/schedules/_components/schedule-columns";
import { buttonClass } from "@/components/ui/button";
import { ListView } from "@/components/ui/list-view";
import { NewRecordLink } from "@/components/ui/new-record-link";
import { PageHeader } from "@/components/ui/page-header";
import { fieldNames, type FilterField, type UrlFilters } from "@/components/ui/url-filters";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import { useSchedules } from "@/lib/client/schedules";
import type { ScheduleResponse } from "@/lib/oncall/api-schemas";

type Name = "q";
const FILTER_FIELDS: FilterField<Name>[] = [
  { kind: "search", name: "q", label: "Search schedules", placeholder: "Search name, zone or person" },
];
const FILTER_NAMES = fieldNames(FILTER_FIELDS);
const NO_ITEMS: ScheduleResponse[] = [];

/** The schedules the search matches: by name, zone or a person the layers name. */
export function filterSchedules(items: readonly ScheduleResponse[], f: UrlFilters<Name>): ScheduleResponse[] {
  const needle = f.q.trim().toLowerCase();
  if (!needle) return [...items];
  return items.filter(
    (s) =>
      s.name.toLowerCase().includes(needle) ||
      s.timeZone.toLowerCase().includes(needle) ||
      s.people.some((p) => p.name.toLowerCase().includes(needle)),
  );
}

type Props = { initial: { items: ScheduleResponse[] }; canManage: boolean; children?: ReactNode };

export function ScheduleList({ initial, canManage, children }: Props) {
  const url = useUrlFilters(FILTER_NAMES);
  const list = useSchedules(initial);
  const items = filterSchedules(list.data?.items ?? NO_ITEMS, url.filters);

  return (
    <>
      <PageHeader
        title="On-call schedules"
        description="Who is on call now and next on each schedule, and the gaps when nobody is. Times are yours unless a schedule's zone is named."
        actions={
          canManage ? (
            <NewRecordLink href="/schedules/new" shortcutLabel="New schedule" hint="new">
              New schedule
            </NewRecordLink>
          ) : null
        }
      />
      <ListView
        label="On-call schedules"
        noun="schedule"
        filterFields={FILTER_FIELDS}
        url={url}
        rows={items}
        query={{ ...list, hasData: !!list.data }}
        columns={SCHEDULE_COLUMNS}
        rowKey={(s) => s.id}
        rowTestId="schedule-row"
        rowAttributes={(s) => ({ "data-id": s.id })}
        hrefOf={(s) => `/schedules/${s.id}`}
        empty={{
          title: "No on-call schedules yet",
          description: canManage
            ? "Make one: the people who take turns, when they hand off, and in which time zone."
            : "An ops manager or an administrator makes them; each shows who is on call and when.",
          action: canManage ? (
            <Link className={buttonClass("primary")} href="/schedules/new">
              New schedule
            </Link>
          ) : null,
        }}
      />
      {children}
    </>
  );
}
