"use client";
// The incident's post-mortem: read, written and revised in place, on the kit's form hook (the API's
// schema, field errors from both sides, Ctrl/⌘+Enter, the stale-version state). Its draft follows the live
// incident until it is touched, and survives a 409 reload unless someone rewrote the post-mortem itself.
import { useState } from "react";
import { FileText, Pencil } from "lucide-react";
import { MutationAlert } from "@/app/(portal)/incidents/[key]/_components/mutation-alert";
import {
  draftFrom,
  postmortemFingerprint,
  rebasedDraft,
  type DraftBase,
  toPostmortemInput,
  type PostmortemDraft,
} from "@/app/(portal)/incidents/[key]/_components/postmortem-draft";
import { PostmortemForm } from "@/app/(portal)/incidents/[key]/_components/postmortem-form";
import { PostmortemView } from "@/app/(portal)/incidents/[key]/_components/postmortem-view";
import { Button } from "@/components/ui/button";
import { problemFieldErrors } from "@/components/ui/form-state";
import { SectionCard } from "@/components/ui/section-card";
import { useForm } from "@/components/ui/use-form";
import { useSavePostmortem } from "@/lib/client/incidents";
import { postmortemInput, type IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  incident: IncidentResponse;
  canWrite: boolean;
  onLoadLatest: () => Promise<{ data?: IncidentResponse }>;
  className?: string;
};

export function PostmortemSection({ incident, canWrite, onLoadLatest, className }: Props) {
  const save = useSavePostmortem(incident.key);
  const hasPostmortem = incident.postmortemAt !== null;
  const [isEditing, setEditing] = useState(false);
  // Null until the draft is first touched: until then the form follows the live incident.
  const [base, setBase] = useState<DraftBase | null>(null);
  const live = draftFrom(incident);
  const form = useForm({
    initial: live,
    schema: postmortemInput,
    toInput: (draft) => toPostmortemInput(draft, base?.version ?? incident.version),
    onSubmit: (input) => save.mutate(input, { onSuccess: stopEditing }),
    serverError: save.error,
    isPending: save.isPending,
  });
  // Untouched, a resolution saved a moment ago (or by someone else) still prefills it: adjusted while
  // rendering, as React advises for state that follows a prop, so no stale frame shows.
  const [followed, setFollowed] = useState(live);
  if (!base && JSON.stringify(live) !== JSON.stringify(followed)) {
    setFollowed(live);
    form.setValues(live);
  }
  // Touched, it follows the incident's version while the post-mortem itself is unchanged (see rebasedDraft).
  if (base) {
    const next = rebasedDraft(base, incident);
    if (next !== base) setBase(next);
  }
  const showForm = canWrite && (isEditing || !hasPostmortem);
  const needsIt = (incident.severity === "P1" || incident.severity === "P2") && !hasPostmortem;

  function change(next: PostmortemDraft) {
    setBase((b) => b ?? { version: incident.version, fingerprint: postmortemFingerprint(incident) });
    for (const key of Object.keys(next) as (keyof PostmortemDraft)[])
      if (next[key] !== form.values[key]) form.set(key, next[key]);
  }

  function stopEditing() {
    setEditing(false);
    setBase(null);
    form.reset(draftFrom(incident));
    save.reset();
  }

  // An unrelated change (a reassignment, say) keeps the draft; a post-mortem someone else saved wins, as on the service page.
  async function loadLatest() {
    const fresh = (await onLoadLatest()).data;
    save.reset();
    if (!fresh) return;
    if (base && postmortemFingerprint(fresh) !== base.fingerprint) {
      setBase(null);
      setFollowed(draftFrom(fresh));
      form.reset(draftFrom(fresh));
    } else setBase((b) => (b ? { version: fresh.version, fingerprint: postmortemFingerprint(fresh) } : b));
  }

  const keptDone = incident.preventionMeasures.filter((m) => m.status === "DONE").length;
  return (
    <SectionCard
      title="Post-mortem"
      icon={<FileText aria-hidden className="size-4 text-muted" />}
      aside={
        hasPostmortem && !showForm && canWrite ? (
          <Button size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden className="size-3" /> Edit
          </Button>
        ) : null
      }
      className={className}
    >
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
        error={save.error && Object.keys(problemFieldErrors(save.error)).length === 0 ? save.error : null}
        onLoadLatest={loadLatest}
        conflictNote="Your post-mortem was not saved. Load latest keeps your draft, unless they changed the post-mortem itself: then theirs replaces it."
      />
      {showForm ? (
        <PostmortemForm
          draft={form.values}
          onChange={change}
          errors={form.errors}
          isSaving={save.isPending}
          keptDone={keptDone}
          onSubmit={() => form.submit()}
          onCancel={hasPostmortem ? stopEditing : undefined}
        />
      ) : hasPostmortem ? (
        <PostmortemView incident={incident} />
      ) : (
        <p className="text-sm text-muted">No post-mortem yet.</p>
      )}
    </SectionCard>
  );
}
