"use client";
// The access page's client island: request access, follow one's own requests and grants; for security
// and admins also the decision queue, grants about to expire and every request (filters in the URL).
import { useRouter } from "next/navigation";
import { DecisionQueue } from "@/app/(portal)/access/_components/decision-queue";
import { RequestForm } from "@/app/(portal)/access/_components/request-form";
import { RequestList } from "@/app/(portal)/access/_components/request-list";
import { Section } from "@/app/(portal)/access/_components/section";
import {
  ACCESS_FILTER_FIELDS,
  ACCESS_FILTER_NAMES,
  toAccessFilters,
} from "@/app/(portal)/access/_components/access-filter-fields";
import { buttonClass } from "@/components/ui/button";
import { CsvLink } from "@/components/ui/csv-link";
import { ListTotal } from "@/components/ui/list-total";
import { PageHeader } from "@/components/ui/page-header";
import { KeyLegend } from "@/components/ui/shortcuts";
import { useListKeys } from "@/components/ui/use-list-keys";
import { UrlFilterBar } from "@/components/ui/url-filter-bar";
import { useUrlFilters } from "@/components/ui/use-url-filters";
import type { CountedPage } from "@/lib/api/counted-page";
import { EXPIRING_SOON_DAYS } from "@/lib/access/rules";
import type { AccessRequestResponse } from "@/lib/access/schemas";
import { accessSearchParams, useAccessRequests, type AccessFilters } from "@/lib/client/access";

type Initial = CountedPage<AccessRequestResponse>;
type Props = {
  viewer: { id: string; name: string; canDecide: boolean };
  initialList: Initial;
  initialMine?: Initial;
  initialQueue?: Initial;
  initialExpiring?: Initial;
};

const MINE = { mine: "true" };
const QUEUE = { status: "PENDING" };
const EXPIRING = { expiringWithinDays: String(EXPIRING_SOON_DAYS) };
const NO_ITEMS: AccessRequestResponse[] = [];

// A decider's own list (`fixed`: mine, the queue, expiring grants); for anyone else it would only repeat
// their filtered list, so it asks for that one again (the same query, served from the cache).
function useDeciderList(
  canDecide: boolean,
  fixed: AccessFilters,
  filters: AccessFilters,
  initial: Initial | undefined,
) {
  return useAccessRequests(canDecide ? fixed : filters, canDecide ? initial : undefined);
}

export function AccessOverview({ viewer, initialList, initialMine, initialQueue, initialExpiring }: Props) {
  const router = useRouter();
  const url = useUrlFilters(ACCESS_FILTER_NAMES);
  const { clear, isFiltered } = url;
  const filters = toAccessFilters(url.filters);
  // Everyone else sees only their own requests, so for them the filtered list is "mine".
  const list = useAccessRequests(filters, isFiltered ? undefined : initialList);
  const mine = useDeciderList(viewer.canDecide, MINE, filters, initialMine);
  const queue = useDeciderList(viewer.canDecide, QUEUE, filters, initialQueue);
  const expiring = useDeciderList(viewer.canDecide, EXPIRING, filters, initialExpiring);
  const fixedList = (query: typeof mine, label: string, title: string, text: string) => (
    <RequestList query={query} label={label} viewer={viewer} empty={{ title, text }} />
  );
  const items = list.data?.items ?? NO_ITEMS;
  const { selected, setSelected } = useListKeys(items.length, (i) => router.push(`/access/${items[i]!.id}`));

  const filtersBar = <UrlFilterBar label="Filter access requests" fields={ACCESS_FILTER_FIELDS} url={url} />;
  const keys = <KeyLegend />;
  const filteredList = (label: string, emptyTitle: string, emptyText: string) => (
    <>
      <ListTotal className="mt-2 block" total={list.data?.total} shown={items.length} noun="request" />
      <RequestList
        query={list}
        label={label}
        viewer={viewer}
        selected={selected}
        onSelect={setSelected}
        testId="access-list"
        empty={
          isFiltered
            ? {
                title: "Nothing matches these filters",
                text: "Try another status, type or search.",
                action: (
                  <button className={buttonClass()} onClick={clear}>
                    Clear filters
                  </button>
                ),
              }
            : { title: emptyTitle, text: emptyText }
        }
      />
    </>
  );
  return (
    <>
      <PageHeader
        title="Access"
        description="Time-bound access to systems and data. Grants end on their own at the expiry (UTC)."
        actions={
          <CsvLink
            href={`/api/access-requests?${accessSearchParams(filters, { format: "csv" }).toString()}`}
          />
        }
      />
      <div className="space-y-6">
        {viewer.canDecide ? (
          <>
            <Section
              id="decision-queue-section"
              title="Waiting for a decision"
              count={queue.data?.items.length}
              description="Oldest first. Nobody decides a request they made or one for themselves."
            >
              <DecisionQueue query={queue} viewerId={viewer.id} />
            </Section>
            <Section
              id="expiring-section"
              title={`Grants expiring within ${EXPIRING_SOON_DAYS} days`}
              count={expiring.data?.items.length}
              description="Soonest first."
            >
              {fixedList(
                expiring,
                "Grants expiring soon",
                "No grant ends this week",
                "Active grants that end within a week show here.",
              )}
            </Section>
          </>
        ) : null}
        <div className="grid gap-6 xl:grid-cols-[20rem_minmax(0,1fr)] xl:items-start">
          <RequestForm me={viewer} />
          <Section
            id="my-requests"
            title="My requests and grants"
            count={(viewer.canDecide ? mine : list).data?.items.length}
            description="Requests you made and access requested for you."
            actions={viewer.canDecide ? null : keys}
          >
            {viewer.canDecide ? (
              fixedList(
                mine,
                "My requests and grants",
                "No requests yet",
                "Requests you make, or that colleagues make for you, show here.",
              )
            ) : (
              <>
                {filtersBar}
                {filteredList(
                  "My requests and grants",
                  "No requests yet",
                  "Use the form to ask for access; security decides within the working day.",
                )}
              </>
            )}
          </Section>
        </div>
        {viewer.canDecide ? (
          <Section
            id="all-requests"
            title="All requests and grants"
            description="Newest first. Revoke an active grant from its row."
            actions={keys}
          >
            {filtersBar}
            {filteredList(
              "All requests and grants",
              "No access requests yet",
              "Requests from everyone show here.",
            )}
          </Section>
        ) : null}
      </div>
    </>
  );
}
