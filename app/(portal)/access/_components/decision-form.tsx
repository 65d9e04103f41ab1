"use client";
// Approve or deny in one step: a comment, and when approving an optional earlier expiry (UTC, to the
// second). A denial needs a reason the requester can act on. Ctrl+Enter approves.
import { useState, type FormEvent } from "react";
import { Check, X } from "lucide-react";
import { formatInstant } from "@/components/ui/format-time";
import { useNow } from "@/components/ui/use-now";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { Field, Textarea } from "@/components/ui/field";
import { fromUtcInput, toUtcInput } from "@/components/ui/utc-input";
import { Spinner } from "@/components/ui/states";
import { checkProposedExpiry, type AccessDecision } from "@/lib/access/rules";
import type { AccessRequestResponse } from "@/lib/access/schemas";
import { ApiError, fieldErrorMap } from "@/lib/client/api-client";

type Props = {
  request: Pick<AccessRequestResponse, "id" | "durationDays" | "accessType" | "resources">;
  isPending: boolean;
  error: Error | null;
  onDecide: (input: { decision: AccessDecision; comment: string; expiresAt?: string }) => void;
};

const DAY = 86_400_000;

export function DecisionForm({ request, isPending, error, onDecide }: Props) {
  const [comment, setComment] = useState("");
  const [expiry, setExpiry] = useState("");
  const [chosen, setChosen] = useState<AccessDecision>("APPROVE");
  const [clientErrors, setClientErrors] = useState<{ comment?: string; expiresAt?: string }>({});
  // The picker's limits follow the clock (browser only); the check on submit uses the time of the click.
  const now = useNow(60_000);
  const latest = now === null ? null : now + request.durationDays * DAY;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision: AccessDecision = submitter?.value === "DENY" ? "DENY" : "APPROVE";
    setChosen(decision);
    const errors: typeof clientErrors = {};
    if (decision === "DENY" && !comment.trim())
      errors.comment = "Say why you deny it, so the requester can ask for the right thing";
    const expiresAt = decision === "APPROVE" && expiry.trim() ? fromUtcInput(expiry) : undefined;
    if (decision === "APPROVE" && expiry.trim()) {
      if (!expiresAt) errors.expiresAt = "Not a date and time";
      else {
        const check = checkProposedExpiry(new Date(expiresAt), new Date(), request.durationDays);
        if (!check.ok) errors.expiresAt = check.reason;
      }
    }
    setClientErrors(errors);
    if (errors.comment || errors.expiresAt) return;
    onDecide({ decision, comment: comment.trim(), ...(expiresAt ? { expiresAt } : {}) });
  }

  const serverErrors = fieldErrorMap(error);
  const expiryError = clientErrors.expiresAt ?? serverErrors.expiresAt;
  const commentError = clientErrors.comment ?? serverErrors.comment;
  const hasFieldError = !!serverErrors.expiresAt || !!serverErrors.comment;
  const isForbidden = error instanceof ApiError && error.status === 403;
  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.currentTarget.requestSubmit()}
      noValidate
      aria-label={`Decide ${request.accessType} on ${request.resources.join(", ")}`}
      data-testid="decision-form"
      className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_15rem]"
    >
      <Field label="Comment" error={commentError} hint="Optional when approving. Ctrl+Enter approves.">
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!commentError}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="min-h-16"
            maxLength={5000}
          />
        )}
      </Field>
      <DateTimeInput
        label="Shorter expiry"
        zone="utc"
        precision="second"
        min={now === null ? undefined : toUtcInput(now, "second")}
        max={latest === null ? undefined : toUtcInput(latest, "second")}
        value={expiry}
        onChange={setExpiry}
        error={expiryError}
        hint={`Optional. Empty: ${request.durationDays} d from approval${latest === null ? "" : `, until about ${formatInstant(latest, { zone: "utc" })}`}.`}
      />
      {error && !hasFieldError ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger sm:col-span-2">
          {isForbidden ? `Not allowed: ${error.message}` : error.message}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
        <Button
          type="submit"
          name="decision"
          value="APPROVE"
          variant="primary"
          size="sm"
          disabled={isPending}
        >
          {isPending && chosen === "APPROVE" ? (
            <Spinner label="Approving" />
          ) : (
            <Check aria-hidden className="size-4" />
          )}
          Approve
        </Button>
        <Button type="submit" name="decision" value="DENY" variant="danger" size="sm" disabled={isPending}>
          {isPending && chosen === "DENY" ? (
            <Spinner label="Denying" />
          ) : (
            <X aria-hidden className="size-4" />
          )}
          Deny
        </Button>
      </div>
    </form>
  );
}
