"use client";
// The change page's client island: live data, every write sending the version it read, a 409 turned
// into "changed by someone else" plus a reload.
import { useState } from "react";
import { ChangeActions } from "@/app/(portal)/changes/[key]/_components/change-actions";
import { ChangeHeader } from "@/app/(portal)/changes/[key]/_components/change-header";
import { ChangeTimeline } from "@/app/(portal)/changes/[key]/_components/change-timeline";
import { EditDraft } from "@/app/(portal)/changes/[key]/_components/edit-draft";
import { GateStatus } from "@/app/(portal)/changes/[key]/_components/gate-status";
import { LinkedIncidents } from "@/app/(portal)/changes/[key]/_components/linked-incidents";
import { VoteSection, type ChangeViewer } from "@/app/(portal)/changes/[key]/_components/vote-section";
import { ChangePlans } from "@/app/(portal)/changes/_components/change-plans";
import { ConflictList } from "@/app/(portal)/changes/_components/conflict-list";
import { RiskFactorTable } from "@/app/(portal)/changes/_components/risk-factor-table";
import { ConflictBanner } from "@/components/ui/conflict-banner";
import { Panel } from "@/components/ui/panel";
import { ApiError } from "@/lib/client/api-client";
import { useChange, useSubmitChange, useTransitionChange, useVoteOnChange } from "@/lib/client/changes";
import type { ChangeResponse } from "@/lib/changes/schemas";

type Props = {
  initial: ChangeResponse;
  viewer: ChangeViewer;
  services: { slug: string; name: string }[];
  isServiceListTruncated: boolean;
  cabQuorum: number;
};

const isConflict = (e: unknown) => e instanceof ApiError && e.isConflict;

export function ChangeDetail({ initial, viewer, services, isServiceListTruncated, cabQuorum }: Props) {
  const query = useChange(initial.key, initial);
  const change = query.data ?? initial;
  const submit = useSubmitChange(change.key);
  const transition = useTransitionChange(change.key);
  const vote = useVoteOnChange();
  const [isEditing, setEditing] = useState(false);
  const [hasConflict, setConflict] = useState(false);
  const isPending = submit.isPending || transition.isPending || vote.isPending;

  // On a stale version, fetch the fresh copy at once; the banner says why nothing was saved.
  const onError = (e: unknown) => {
    if (!isConflict(e)) return;
    setConflict(true);
    void query.refetch();
  };
  const resetErrors = () => {
    submit.reset();
    transition.reset();
    vote.reset();
    setConflict(false);
  };
  const reload = async () => {
    await query.refetch();
    resetErrors();
  };

  return (
    <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start xl:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <ChangeHeader change={change} isStale={query.isError} />
        {hasConflict ? <ConflictBanner onReload={reload} /> : null}
        {isEditing && change.status === "DRAFT" ? (
          <EditDraft
            change={change}
            services={services}
            isServiceListTruncated={isServiceListTruncated}
            cabQuorum={cabQuorum}
            onConflict={onError}
            onDone={() => setEditing(false)}
          />
        ) : (
          <ChangeActions
            change={change}
            isPending={isPending}
            transitionError={isConflict(transition.error) ? null : transition.error}
            submitError={isConflict(submit.error) ? null : submit.error}
            onSubmit={() => submit.mutate(change.version, { onError })}
            onEdit={() => {
              resetErrors();
              setEditing(true);
            }}
            onTransition={(to, fields, onDone) =>
              transition.mutate({ version: change.version, to, ...fields }, { onSuccess: onDone, onError })
            }
            onResetErrors={resetErrors}
          />
        )}
        {change.windowProblems.length &&
        !["COMPLETED", "ROLLED_BACK", "CLOSED", "CANCELLED"].includes(change.status) ? (
          <div
            role="note"
            data-testid="window-problems"
            className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm text-warning"
          >
            <p className="font-medium">The planned window could not be scheduled as it stands:</p>
            <ul className="list-disc pl-5">
              {change.windowProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <ConflictList conflicts={change.conflicts} />
        <VoteSection
          change={change}
          viewer={viewer}
          isPending={vote.isPending}
          error={isConflict(vote.error) ? null : vote.error}
          onVote={(input) => vote.mutate({ key: change.key, ...input }, { onError })}
        />
        <Panel
          title={
            <>
              Risk breakdown{" "}
              <span className="font-normal normal-case">· policy {change.riskPolicyVersion}</span>
            </>
          }
        >
          <RiskFactorTable factors={change.riskFactors} score={change.riskScore} floor={change.riskFloor} />
        </Panel>
        <Panel title="Plans">
          <ChangePlans change={change} />
        </Panel>
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        <GateStatus changeKey={change.key} />
        <LinkedIncidents incidents={change.linkedIncidents} />
        <ChangeTimeline changeKey={change.key} />
      </div>
    </div>
  );
}
