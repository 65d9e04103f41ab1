"use client";
import { useState } from "react";
import { FileText, Pencil } from "lucide-react";
import { issuesToFieldErrors } from "@/components/ui/form-state";
import { MutationAlert } from "@/app/(portal)/incidents/[key]/_components/mutation-alert";
import {
  draftFrom,
  postmortemFingerprint,
  toPostmortemInput,
  type PostmortemDraft,
} from "@/app/(portal)/incidents/[key]/_components/postmortem-draft";
import { PostmortemForm } from "@/app/(portal)/incidents/[key]/_components/postmortem-form";
import { PostmortemView } from "@/app/(portal)/incidents/[key]/_components/postmortem-view";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useSavePostmortem } from "@/lib/client/incidents";
import { postmortemInput, type IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  incident: IncidentResponse;
  canWrite: boolean;
  onLoadLatest: () => Promise<{ data?: IncidentResponse }>;
  className?: string;
};

// What the draft was based on: the version to send, and what the saved post-mortem said at the time.
type Base = { version: number; fingerprint: string };

export function PostmortemSection({ incident, canWrite, onLoadLatest, className }: Props) {
  const save = useSavePostmortem(incident.key);
  const hasPostmortem = incident.postmortemAt !== null;
  const [isEditing, setEditing] = useState(false);
  // Untouched (null) the form follows the live incident, so a resolution saved a moment ago still prefills it.
  const [draft, setDraft] = useState<PostmortemDraft | null>(null);
  const [base, setBase] = useState<Base | null>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const showForm = canWrite && (isEditing || !hasPostmortem);
  const needsIt = (incident.severity === "P1" || incident.severity === "P2") && !hasPostmortem;

  function change(next: PostmortemDraft) {
    setBase((b) => b ?? { version: incident.version, fingerprint: postmortemFingerprint(incident) });
    setDraft(next);
  }

  function stopEditing() {
    setEditing(false);
    setDraft(null);
    setBase(null);
    setClientErrors({});
    save.reset();
  }

  function submit() {
    const parsed = postmortemInput.safeParse(
      toPostmortemInput(draft ?? draftFrom(incident), base?.version ?? incident.version),
    );
    if (!parsed.success) {
      setClientErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    setClientErrors({});
    save.mutate(parsed.data, { onSuccess: stopEditing });
  }

  // An unrelated change (a reassignment, say) keeps the draft; a post-mortem someone else saved wins, as on the service page.
  async function loadLatest() {
    const fresh = (await onLoadLatest()).data;
    save.reset();
    if (!fresh) return;
    if (base && postmortemFingerprint(fresh) !== base.fingerprint) {
      setDraft(null);
      setBase(null);
    } else setBase((b) => (b ? { version: fresh.version, fingerprint: postmortemFingerprint(fresh) } : b));
  }

  const keptDone = incident.preventionMeasures.filter((m) => m.status === "DONE").length;
  return (
    <section
      aria-labelledby="postmortem-heading"
      className={cn("space-y-3 rounded-lg border border-border bg-surface p-3", className)}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="postmortem-heading" className="flex items-center gap-1.5 font-semibold">
          <FileText aria-hidden className="size-4 text-muted" /> Post-mortem
        </h2>
        {hasPostmortem && !showForm && canWrite ? (
          <Button size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden className="size-3" /> Edit
          </Button>
        ) : null}
      </div>
      {needsIt ? (
        <p className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
          <strong className="text-warning">Required to close.</strong> A {incident.severity} incident can be
          closed only once its post-mortem is written.
        </p>
      ) : null}
      {hasPostmortem && incident.status === "IN_PROGRESS" ? (
        <p className="text-xs text-muted">
          Reopened: the post-mortem can be revised once the incident is resolved again.
        </p>
      ) : null}
      <MutationAlert
        error={save.error && Object.keys(fieldErrorMap(save.error)).length === 0 ? save.error : null}
        onLoadLatest={loadLatest}
        conflictNote="Your post-mortem was not saved. Load latest keeps your draft, unless they changed the post-mortem itself: then theirs replaces it."
      />
      {showForm ? (
        <PostmortemForm
          draft={draft ?? draftFrom(incident)}
          onChange={change}
          errors={{ ...fieldErrorMap(save.error), ...clientErrors }}
          isSaving={save.isPending}
          keptDone={keptDone}
          onSubmit={submit}
          onCancel={hasPostmortem ? stopEditing : undefined}
        />
      ) : hasPostmortem ? (
        <PostmortemView incident={incident} />
      ) : (
        <p className="text-sm text-muted">No post-mortem yet.</p>
      )}
    </section>
  );
}
