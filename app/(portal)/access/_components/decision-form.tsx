"use client";
// Approve or deny in one step: a comment, and when approving an optional earlier expiry (UTC, to the
// second). A denial needs a reason the requester can act on. Ctrl+Enter approves.
import type { ReactNode } from "react";
import { Check, X } from "lucide-react";
import { formatInstant } from "@/components/ui/format-time";
import { useNow } from "@/components/ui/use-now";
import { Button } from "@/components/ui/button";
import { DateTimeInput } from "@/components/ui/date-time-input";
import { fromUtcInput, toUtcInput } from "@/components/ui/utc-input";
import { SaveHint } from "@/components/ui/shortcuts";
import { Spinner } from "@/components/ui/states";
import { TextAreaField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { checkProposedExpiry, type AccessDecision } from "@/lib/access/rules";
import { accessDecisionInput, type AccessRequestResponse } from "@/lib/access/schemas";
import { ApiError, fieldErrorMap } from "@/lib/client/api-client";

type Props = {
  request: Pick<AccessRequestResponse, "id" | "durationDays" | "accessType" | "resources">;
  isPending: boolean;
  error: Error | null;
  onDecide: (input: { decision: AccessDecision; comment: string; expiresAt?: string }) => void;
};

const DAY = 86_400_000;

export function DecisionForm({ request, isPending, error, onDecide }: Props) {
  // The API's schema, plus what the form asks of a person: a reason to deny, an expiry it can grant (checked
  // against the time of the click).
  const schema = accessDecisionInput.superRefine((v, ctx) => {
    if (v.decision === "DENY" && !v.comment) {
      const message = "Say why you deny it, so the requester can ask for the right thing";
      ctx.addIssue({ code: "custom", path: ["comment"], message });
    }
    if (v.decision !== "APPROVE" || !v.expiresAt) return;
    const check = checkProposedExpiry(new Date(v.expiresAt), new Date(), request.durationDays);
    if (!check.ok) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: check.reason });
  });
  const form = useForm({
    initial: { comment: "", expiresAt: "" },
    schema,
    defaultIntent: "APPROVE",
    toInput: (v, intent) => {
      const decision = intent === "DENY" ? "DENY" : "APPROVE";
      // Unreadable text goes as typed, for the schema to refuse; an expiry only goes with an approval.
      const expiresAt =
        decision === "APPROVE" && v.expiresAt.trim() ? (fromUtcInput(v.expiresAt) ?? v.expiresAt) : undefined;
      return { decision, comment: v.comment, expiresAt };
    },
    messageOf: (issue) =>
      issue.path[0] === "expiresAt" && issue.code === "invalid_format"
        ? "Not a date and time"
        : issue.message,
    onSubmit: (input) => onDecide(input),
    serverError: error,
    isPending,
  });
  // The picker's limits follow the clock (browser only); the check on submit uses the time of the click.
  const now = useNow(60_000);
  const latest = now === null ? null : now + request.durationDays * DAY;
  const expiryError = form.errorOf("expiresAt");
  const isForbidden = error instanceof ApiError && error.status === 403;
  // A refusal that names no field here (a 409, a 403) shows above the buttons.
  const serverFields = fieldErrorMap(error);
  const hasFieldError = !!serverFields.comment || !!serverFields.expiresAt;
  const spinner = (intent: AccessDecision, label: string, icon: ReactNode) =>
    isPending && form.intent === intent ? <Spinner label={label} /> : icon;

  return (
    <form
      {...form.formProps}
      aria-label={`Decide ${request.accessType} on ${request.resources.join(", ")}`}
      data-testid="decision-form"
      className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_15rem]"
    >
      <TextAreaField
        label="Comment"
        hint="Optional when approving."
        {...textProps(form, "comment")}
        className="min-h-16"
        maxLength={5000}
      />
      <DateTimeInput
        label="Shorter expiry"
        zone="utc"
        precision="second"
        min={now === null ? undefined : toUtcInput(now, "second")}
        max={latest === null ? undefined : toUtcInput(latest, "second")}
        value={form.values.expiresAt}
        onChange={(text) => form.set("expiresAt", text)}
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
          {spinner("APPROVE", "Approving", <Check aria-hidden className="size-4" />)}
          Approve
        </Button>
        <Button type="submit" name="decision" value="DENY" variant="danger" size="sm" disabled={isPending}>
          {spinner("DENY", "Denying", <X aria-hidden className="size-4" />)}
          Deny
        </Button>
        <SaveHint verb="approve" />
      </div>
    </form>
  );
}
