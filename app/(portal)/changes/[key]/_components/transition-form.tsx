"use client";
// The inline form for a move that needs input: a window to schedule into, or notes (rollback, review,
// cancellation). The server's refusal (a window or freeze problem) shows right here. On the form hook:
// Ctrl/⌘+Enter saves, Esc closes.
import { z } from "zod";
import type { TransitionNeed } from "@/app/(portal)/changes/[key]/_components/transition-needs";
import { fromUtcInput, toUtcInput } from "@/components/ui/utc-input";
import { WindowFit } from "@/app/(portal)/changes/_components/window-fit";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { TextAreaField } from "@/components/ui/text-field";
import { Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { windowContaining } from "@/lib/changes/deployment-windows";
import { reapprovalNotice } from "@/lib/changes/reapproval";
import type { ChangeResponse } from "@/lib/changes/schemas";
import { fieldErrorMap } from "@/lib/client/api-client";

export type TransitionFields = { plannedStart?: string; plannedEnd?: string; notes?: string };

type Props = {
  change: ChangeResponse;
  need: Exclude<TransitionNeed, { kind: "direct" }>;
  isPending: boolean;
  error: Error | null;
  onConfirm: (fields: TransitionFields) => void;
  onClose: () => void;
};

const GIVE_WINDOW = "Give a start and an end (UTC)";

export function TransitionForm({ change, need, isPending, error, onConfirm, onClose }: Props) {
  const schema: z.ZodType<TransitionFields> =
    need.kind === "schedule"
      ? z
          .object({
            plannedStart: z.string().min(1, GIVE_WINDOW),
            plannedEnd: z.string().min(1, GIVE_WINDOW),
          })
          .refine((w) => w.plannedEnd > w.plannedStart, "The end must be after the start")
      : z.object({ notes: z.string().trim().min(1, `${need.label} is required`) });
  const form = useForm({
    initial: { start: toUtcInput(change.plannedStart), end: toUtcInput(change.plannedEnd), notes: "" },
    schema,
    toInput: (v) =>
      need.kind === "schedule"
        ? { plannedStart: fromUtcInput(v.start) ?? "", plannedEnd: fromUtcInput(v.end) ?? "" }
        : { notes: v.notes },
    onSubmit: (fields) => onConfirm(fields),
    onEscape: onClose,
    isPending,
  });
  const { start, end, notes } = form.values;
  const serverFields = fieldErrorMap(error);

  // The server's reasons (every window and freeze problem) in full, not only the first field error.
  const problem = Object.values(form.errors)[0] ?? error?.message;
  const startIso = fromUtcInput(start);
  const endIso = fromUtcInput(end);
  const backTo =
    need.kind === "schedule"
      ? reapprovalNotice(change.approvedWindow, change.approvalRoute, startIso, endIso)
      : null;
  // The button says what the click does once the slot is one the server would take (outside a deployment
  // window it refuses the slot, and the button stays "Schedule").
  const sendsBack =
    !!backTo &&
    change.approvalRoute !== "AUTO" &&
    !!startIso &&
    !!endIso &&
    (change.emergencyAuthorizedBy !== null ||
      windowContaining(change.environment, new Date(startIso), new Date(endIso)) !== null);
  return (
    <form
      {...form.formProps}
      aria-label={need.kind === "schedule" ? "Schedule change" : need.submitLabel}
      className="space-y-2 rounded-md border border-accent/30 bg-accent/5 p-3"
    >
      {need.kind === "schedule" ? (
        <>
          <div className="grid gap-2 sm:grid-cols-2">
            <DateTimeInput
              label="Start"
              zone="utc"
              value={start}
              onChange={(t) => form.set("start", t)}
              isInvalid={!!serverFields.plannedStart}
              autoFocus
            />
            <DateTimeInput
              label="End"
              zone="utc"
              value={end}
              onChange={(t) => form.set("end", t)}
              isInvalid={!!(serverFields.plannedStart ?? serverFields.plannedEnd)}
            />
          </div>
          <WindowFit
            environment={change.environment}
            start={start}
            end={end}
            isEmergency={change.category === "EMERGENCY"}
            onPick={(s, e) => form.patch({ start: s, end: e })}
          />
          {backTo ? (
            <p
              role="note"
              data-testid="reapproval-warning"
              className="rounded-md bg-warning/10 px-3 py-2 text-sm"
            >
              {backTo}
            </p>
          ) : null}
        </>
      ) : (
        <TextAreaField
          label={need.label}
          hint={need.hint}
          value={notes}
          onValue={(v) => form.set("notes", v)}
          className="min-h-20"
          autoFocus
        />
      )}
      {problem ? (
        <p
          role="alert"
          data-testid="transition-error"
          className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger"
        >
          {problem}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={isPending}>
          {isPending ? <Spinner label="Saving" /> : null}
          {need.kind === "schedule" ? (sendsBack ? "Send back for approval" : "Schedule") : need.submitLabel}
        </Button>
        <Button onClick={onClose} disabled={isPending}>
          Back
        </Button>
        <span className="text-xs text-muted">Ctrl+Enter saves, Esc closes</span>
      </div>
    </form>
  );
}
