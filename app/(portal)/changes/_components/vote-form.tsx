"use client";
// Approve or reject with a comment, in one step. A rejection needs a reason the requester can act on.
import type { ReactNode } from "react";
import { Check, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-field";
import { Spinner } from "@/components/ui/states";
import { useForm } from "@/components/ui/use-form";
import { voteInput, type VoteInput } from "@/lib/changes/schemas";

type Props = {
  changeKey: string;
  isPending: boolean;
  error: Error | null;
  onVote: (input: VoteInput) => void;
};

// The API takes a rejection without a comment; the form asks for one, so the requester can fix it.
const voteFormInput = voteInput.refine((v) => v.decision !== "REJECT" || v.comment !== "", {
  path: ["comment"],
  message: "Say why you reject it, so the requester can fix it",
});

export function VoteForm({ changeKey, isPending, error, onVote }: Props) {
  const form = useForm({
    initial: { comment: "" },
    schema: voteFormInput,
    // The clicked button says which vote; Ctrl+Enter in the box approves.
    defaultIntent: "APPROVE",
    toInput: (v, intent) => ({ decision: intent === "REJECT" ? "REJECT" : "APPROVE", comment: v.comment }),
    onSubmit: (input) => onVote(input),
    serverError: error,
    isPending,
  });
  const message = form.errorOf("comment") ?? error?.message;
  const spinner = (intent: VoteInput["decision"], label: string, icon: ReactNode) =>
    isPending && form.intent === intent ? <Spinner label={label} /> : icon;

  return (
    <form {...form.formProps} aria-label={`Vote on ${changeKey}`} className="space-y-2">
      <TextAreaField
        label="Comment"
        error={message}
        hint="Optional when approving. Ctrl+Enter approves."
        value={form.values.comment}
        onValue={(v) => form.set("comment", v)}
        className="min-h-16"
        maxLength={5000}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" name="decision" value="APPROVE" variant="primary" disabled={isPending}>
          {spinner("APPROVE", "Approving", <Check aria-hidden className="size-4" />)}
          Approve
        </Button>
        <Button type="submit" name="decision" value="REJECT" variant="danger" disabled={isPending}>
          {spinner("REJECT", "Rejecting", <X aria-hidden className="size-4" />)}
          Reject
        </Button>
      </div>
    </form>
  );
}
