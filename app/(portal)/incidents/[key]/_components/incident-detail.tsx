"use client";
// The incident page's client island: live data, the one PATCH mutation every action goes through, shortcuts.
import { useRef, useState } from "react";
import { AckLinkBanner } from "@/app/(portal)/incidents/[key]/_components/ack-link-banner";
import { AlertsPanel } from "@/app/(portal)/incidents/[key]/_components/alerts-panel";
import { PagingPanel } from "@/app/(portal)/incidents/[key]/_components/paging-panel";
import { availableActions, type Viewer } from "@/app/(portal)/incidents/[key]/_components/available-actions";
import { CausedByChange } from "@/app/(portal)/incidents/[key]/_components/caused-by-change";
import { IncidentActions } from "@/app/(portal)/incidents/[key]/_components/incident-actions";
import { IncidentHeader } from "@/app/(portal)/incidents/[key]/_components/incident-header";
import { IncidentTimeline } from "@/app/(portal)/incidents/[key]/_components/incident-timeline";
import { MutationAlert } from "@/app/(portal)/incidents/[key]/_components/mutation-alert";
import { PostmortemSection } from "@/app/(portal)/incidents/[key]/_components/postmortem-section";
import { SlaClocks } from "@/app/(portal)/incidents/[key]/_components/sla-clocks";
import { StageStepper } from "@/app/(portal)/incidents/[key]/_components/stage-stepper";
import { SuspectChanges } from "@/app/(portal)/incidents/[key]/_components/suspect-changes";
import { UpdatesSection } from "@/app/(portal)/incidents/[key]/_components/updates-section";
import { useShortcuts } from "@/components/ui/shortcuts";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useIncident, useUpdateIncident } from "@/lib/client/incidents";
import { useLiveUpdates } from "@/lib/client/live-updates";
import type { IncidentResponse, UpdateIncidentInput } from "@/lib/incidents/schemas";

export type PatchIncident = (changes: Omit<UpdateIncidentInput, "version">, onSuccess?: () => void) => void;

export function IncidentDetail({ initial, viewer }: { initial: IncidentResponse; viewer: Viewer }) {
  // Someone else's change (on any instance) shows at once: the live update stream refetches the incident.
  useLiveUpdates();
  const query = useIncident(initial.key, initial);
  const incident = query.data ?? initial;
  const update = useUpdateIncident(initial.key);
  const [isResolveOpen, setResolveOpen] = useState(false);
  const resolutionRef = useRef<HTMLTextAreaElement>(null);
  const updateImpactRef = useRef<HTMLTextAreaElement>(null);
  const [seenStatus, setSeenStatus] = useState(incident.status);
  const actions = availableActions(incident, viewer);
  // An unknown change key is answered next to the key box, not in the page-wide alert.
  const causedByError = fieldErrorMap(update.error).causedByChange;

  // Someone else resolved it while the box was open: close the box, or it would pop up again after a reopen.
  if (seenStatus !== incident.status && !update.isPending) {
    setSeenStatus(incident.status);
    if (incident.status !== "IN_PROGRESS") setResolveOpen(false);
  }
  const showPostmortem =
    incident.status === "RESOLVED" || incident.status === "CLOSED" || incident.postmortemAt !== null;

  // The version the page last read: the live query keeps it current, so only a race within one refresh conflicts.
  const patch: PatchIncident = (changes, onSuccess) => {
    if (update.isPending) return;
    update.mutate({ version: incident.version, ...changes }, { onSuccess: () => onSuccess?.() });
  };
  // The cause and the suspects both edit the incident's link to a change, through the same PATCH.
  const changeLinks = { incident, canUpdate: viewer.canUpdate, patch, isPending: update.isPending };

  function openResolve() {
    if (isResolveOpen) resolutionRef.current?.focus();
    else setResolveOpen(true);
  }

  async function loadLatest() {
    await query.refetch();
    update.reset();
  }

  useShortcuts([
    {
      key: "a",
      label: "Acknowledge",
      when: actions.acknowledge,
      run: () => patch({ status: "IN_PROGRESS" }),
    },
    {
      key: "m",
      label: "Assign to me",
      when: actions.assignToMe,
      run: () => patch({ assignedTo: viewer.id }),
    },
    { key: "r", label: "Resolve", when: actions.resolve, run: openResolve },
    {
      key: "u",
      label: "Write a communication update",
      when: actions.postUpdate,
      run: () => {
        updateImpactRef.current?.focus();
        updateImpactRef.current?.scrollIntoView({ block: "center" });
      },
    },
  ]);

  // Phones get one column with the clocks right under the header; `contents` lets both columns' sections
  // interleave there, and none of the reordered sections holds a control, so tab order is unchanged.
  return (
    <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
        <IncidentHeader
          incident={incident}
          canPost={actions.postUpdate}
          isStale={query.isError}
          dataUpdatedAt={query.dataUpdatedAt}
          className="order-1"
        />
        {viewer.canUpdate ? (
          <div className="order-1 empty:hidden">
            <AckLinkBanner incidentKey={incident.key} />
          </div>
        ) : null}
        <div className="order-3 space-y-3">
          <MutationAlert
            error={causedByError ? null : update.error}
            onLoadLatest={loadLatest}
            conflictNote="Your change was not saved. Load the latest version, check it, and try again."
          />
          <IncidentActions
            incident={incident}
            viewer={viewer}
            actions={actions}
            patch={patch}
            isPending={update.isPending}
            serverErrors={fieldErrorMap(update.error)}
            isResolveOpen={isResolveOpen}
            onResolveOpenChange={setResolveOpen}
            resolutionRef={resolutionRef}
          />
          <CausedByChange {...changeLinks} serverError={causedByError} />
          <SuspectChanges {...changeLinks} />
          <PagingPanel incidentKey={incident.key} />
          {incident.source === "ALERT" ? <AlertsPanel incidentKey={incident.key} /> : null}
        </div>
        <UpdatesSection
          incident={incident}
          canPost={actions.postUpdate}
          impactRef={updateImpactRef}
          className="order-4"
        />
        {showPostmortem ? (
          <PostmortemSection
            incident={incident}
            canWrite={actions.writePostmortem}
            onLoadLatest={() => query.refetch()}
            className="order-5"
          />
        ) : null}
      </div>
      <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
        <StageStepper stage={incident.stage} className="order-2" />
        <SlaClocks incident={incident} className="order-2" />
        <IncidentTimeline incidentKey={incident.key} className="order-6" />
      </div>
    </div>
  );
}
