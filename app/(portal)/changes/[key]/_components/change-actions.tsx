"use client";
// What the viewer may do now: submit or edit a draft, and the moves the server lists in
// allowedTransitions. Moves that need input open an inline form; the rest act at once.
import { useState } from "react";
import { Pencil, Send } from "lucide-react";
import {
  TransitionForm,
  type TransitionFields,
} from "@/app/(portal)/changes/[key]/_components/transition-form";
import { transitionNeed } from "@/app/(portal)/changes/[key]/_components/transition-needs";
import { ROUTE_LABELS, TRANSITION_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/states";
import { routeFor } from "@/lib/changes/approval-route";
import type { ChangeStatus } from "@/lib/changes/lifecycle";
import type { ChangeResponse } from "@/lib/changes/schemas";

// The step forward is the primary button; leaving the happy path is marked as such.
const DANGER: readonly ChangeStatus[] = ["CANCELLED", "ROLLED_BACK"];

type Props = {
  change: ChangeResponse;
  isPending: boolean;
  transitionError: Error | null;
  submitError: Error | null;
  onSubmit: () => void;
  onEdit: () => void;
  onTransition: (to: ChangeStatus, fields: TransitionFields, onDone: () => void) => void;
  onResetErrors: () => void;
};

export function ChangeActions({
  change,
  isPending,
  transitionError,
  submitError,
  onSubmit,
  onEdit,
  onTransition,
  onResetErrors,
}: Props) {
  const [open, setOpen] = useState<ChangeStatus | null>(null);
  const mayMove = change.allowedTransitions.length > 0;
  const isDraft = change.status === "DRAFT";
  // Someone else moved it while a form was open: the form no longer applies.
  const openTarget = open && change.allowedTransitions.includes(open) ? open : null;
  const need = openTarget ? transitionNeed(openTarget, change) : null;

  if (!mayMove) {
    return (
      <p className="rounded-lg border border-border bg-surface px-3 py-2 text-sm text-muted">
        {change.status === "CLOSED" || change.status === "CANCELLED"
          ? `This change is ${change.status.toLowerCase()} and can no longer move.`
          : "Only the requester, the implementer or an ops manager moves this change."}
      </p>
    );
  }

  function choose(to: ChangeStatus) {
    onResetErrors();
    if (transitionNeed(to, change).kind === "direct") onTransition(to, {}, () => setOpen(null));
    else setOpen(to);
  }

  const error = openTarget ? null : (transitionError ?? submitError);
  return (
    <section aria-label="Actions" className="space-y-3 rounded-lg border border-border bg-surface p-3">
      <div className="flex flex-wrap items-center gap-2">
        {isDraft ? (
          <>
            <Button variant="primary" disabled={isPending} onClick={onSubmit}>
              <Send aria-hidden className="size-4" /> Submit to{" "}
              {ROUTE_LABELS[routeFor(change.category, change.riskLevel)]}
            </Button>
            <Button disabled={isPending} onClick={onEdit}>
              <Pencil aria-hidden className="size-4" /> Edit draft
            </Button>
          </>
        ) : null}
        {change.allowedTransitions.map((to, i) => (
          <Button
            key={to}
            variant={DANGER.includes(to) ? "danger" : i === 0 && !isDraft ? "primary" : "secondary"}
            disabled={isPending}
            aria-pressed={openTarget === to}
            onClick={() => choose(to)}
          >
            {TRANSITION_LABELS[to] ?? to}
          </Button>
        ))}
        {isPending ? <Spinner label="Saving" className="text-muted" /> : null}
      </div>
      {isDraft && change.windowProblems.length === 0 ? (
        <p className="text-xs text-muted">
          Submitting assesses the risk again and routes it; reviewers are notified.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {error.message}
        </p>
      ) : null}
      {openTarget && need && need.kind !== "direct" ? (
        <TransitionForm
          key={openTarget}
          change={change}
          need={need}
          isPending={isPending}
          error={transitionError}
          onConfirm={(fields) => onTransition(openTarget, fields, () => setOpen(null))}
          onClose={() => {
            setOpen(null);
            onResetErrors();
          }}
        />
      ) : null}
    </section>
  );
}
