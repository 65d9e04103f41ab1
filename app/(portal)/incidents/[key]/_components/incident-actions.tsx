"use client";
import type { ReactNode, RefObject } from "react";
import type { AvailableActions, Viewer } from "@/app/(portal)/incidents/[key]/_components/available-actions";
import type { PatchIncident } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { ResolveForm } from "@/app/(portal)/incidents/[key]/_components/resolve-form";
import { TriageControls } from "@/app/(portal)/incidents/[key]/_components/triage-controls";
import { Button } from "@/components/ui/button";
import { KeyHint } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import type { IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  incident: IncidentResponse;
  viewer: Viewer;
  actions: AvailableActions;
  patch: PatchIncident;
  isPending: boolean;
  serverErrors: Record<string, string>;
  isResolveOpen: boolean;
  onResolveOpenChange: (open: boolean) => void;
  resolutionRef: RefObject<HTMLTextAreaElement | null>;
};

export function IncidentActions({
  incident,
  viewer,
  actions,
  patch,
  isPending,
  serverErrors,
  isResolveOpen,
  onResolveOpenChange,
  resolutionRef,
}: Props) {
  if (!viewer.canUpdate) {
    return (
      <p className="rounded-lg border border-border bg-surface px-3 py-2 text-sm text-muted">
        You can follow this incident; your roles do not let you change it.
      </p>
    );
  }
  if (incident.status === "CLOSED") {
    return (
      <p className="rounded-lg border border-border bg-surface px-3 py-2 text-sm text-muted">
        This incident is closed and can no longer change.
      </p>
    );
  }
  const showResolveButton = actions.resolve && !isResolveOpen;
  return (
    <section aria-label="Actions" className="space-y-3 rounded-lg border border-border bg-surface p-3">
      <div className="flex flex-wrap items-center gap-2">
        {actions.acknowledge ? (
          <ActionButton
            variant="primary"
            shortcut="a"
            disabled={isPending}
            onClick={() => patch({ status: "IN_PROGRESS" })}
          >
            Acknowledge
          </ActionButton>
        ) : null}
        {showResolveButton ? (
          <ActionButton
            variant="primary"
            shortcut="r"
            disabled={isPending}
            onClick={() => onResolveOpenChange(true)}
          >
            Resolve
          </ActionButton>
        ) : null}
        {actions.reopen ? (
          <ActionButton disabled={isPending} onClick={() => patch({ status: "IN_PROGRESS" })}>
            Reopen
          </ActionButton>
        ) : null}
        {actions.close ? (
          <ActionButton
            disabled={isPending || actions.closeBlockedReason !== null}
            aria-describedby={actions.closeBlockedReason ? "close-blocked" : undefined}
            onClick={() => patch({ status: "CLOSED" })}
          >
            Close incident
          </ActionButton>
        ) : null}
        {actions.assignToMe ? (
          <ActionButton shortcut="m" disabled={isPending} onClick={() => patch({ assignedTo: viewer.id })}>
            Assign to me
          </ActionButton>
        ) : null}
        {isPending ? <Spinner label="Saving" className="text-muted" /> : null}
      </div>
      {actions.close && actions.closeBlockedReason ? (
        <p id="close-blocked" className="text-xs text-warning">
          {actions.closeBlockedReason}. Write it below first.
        </p>
      ) : null}
      {incident.status === "RESOLVED" && !viewer.canClose ? (
        <p className="text-xs text-muted">An ops manager closes resolved incidents.</p>
      ) : null}
      {/* Kept while saving: the optimistic "Resolved" must not throw away the text if the server refuses. */}
      {isResolveOpen && (actions.resolve || isPending) ? (
        <ResolveForm
          incident={incident}
          patch={patch}
          isPending={isPending}
          serverError={serverErrors.resolution}
          textareaRef={resolutionRef}
          onClose={() => onResolveOpenChange(false)}
        />
      ) : null}
      <TriageControls incident={incident} actions={actions} patch={patch} isPending={isPending} />
    </section>
  );
}

type ActionButtonProps = {
  variant?: "primary" | "secondary";
  shortcut?: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
  "aria-describedby"?: string;
};

function ActionButton({ variant = "secondary", shortcut, children, ...rest }: ActionButtonProps) {
  return (
    <Button variant={variant} aria-keyshortcuts={shortcut} {...rest}>
      {children}
      {/* Hidden from the accessible name, which stays the plain label. */}
      {shortcut ? (
        <span aria-hidden className="opacity-80">
          <KeyHint shortcut={shortcut} />
        </span>
      ) : null}
    </Button>
  );
}
