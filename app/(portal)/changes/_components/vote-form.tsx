"use client";
// Approve or reject with a comment, in one step. A rejection needs a reason the requester can act on.
import { useState, type FormEvent } from "react";
import { Check, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import type { VoteInput } from "@/lib/changes/schemas";

type Props = {
  changeKey: string;
  isPending: boolean;
  error: Error | null;
  onVote: (input: VoteInput) => void;
};

export function VoteForm({ changeKey, isPending, error, onVote }: Props) {
  const [comment, setComment] = useState("");
  const [clientError, setClientError] = useState<string>();
  const [decision, setDecision] = useState<VoteInput["decision"]>("APPROVE");

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // The clicked button says which vote; Ctrl+Enter in the box approves.
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const chosen = submitter?.value === "REJECT" ? "REJECT" : "APPROVE";
    setDecision(chosen);
    if (chosen === "REJECT" && !comment.trim()) {
      setClientError("Say why you reject it, so the requester can fix it");
      return;
    }
    setClientError(undefined);
    onVote({ decision: chosen, comment: comment.trim() });
  }

  const message = clientError ?? error?.message;
  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.currentTarget.requestSubmit()}
      noValidate
      aria-label={`Vote on ${changeKey}`}
      className="space-y-2"
    >
      <Field label="Comment" error={message} hint="Optional when approving. Ctrl+Enter approves.">
        {(id, d) => (
          <Textarea
            id={id}
            aria-describedby={d}
            aria-invalid={!!message}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="min-h-16"
            maxLength={5000}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" name="decision" value="APPROVE" variant="primary" disabled={isPending}>
          {isPending && decision === "APPROVE" ? (
            <Spinner label="Approving" />
          ) : (
            <Check aria-hidden className="size-4" />
          )}
          Approve
        </Button>
        <Button type="submit" name="decision" value="REJECT" variant="danger" disabled={isPending}>
          {isPending && decision === "REJECT" ? (
            <Spinner label="Rejecting" />
          ) : (
            <X aria-hidden className="size-4" />
          )}
          Reject
        </Button>
      </div>
    </form>
  );
}
