"use client";
// The change that caused this incident, if any. Responders link it (or clear it) by key; the change's
// page then lists the incident, and change metrics count it against the change.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { GitPullRequestArrow } from "lucide-react";
import type { PatchIncident } from "@/app/(portal)/incidents/[key]/_components/incident-detail";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TextField } from "@/components/ui/text-field";
import type { IncidentResponse } from "@/lib/incidents/schemas";

type Props = {
  incident: IncidentResponse;
  canUpdate: boolean;
  patch: PatchIncident;
  isPending: boolean;
  serverError?: string;
  className?: string;
};

export function CausedByChange({ incident, canUpdate, patch, isPending, serverError, className }: Props) {
  const [isEditing, setEditing] = useState(false);
  const [key, setKey] = useState("");
  const linked = incident.causedByChange;

  function save(e: FormEvent) {
    e.preventDefault();
    const value = key.trim().toUpperCase();
    patch({ causedByChange: value || null }, () => setEditing(false));
  }

  return (
    <section
      aria-labelledby="caused-by-heading"
      data-testid="caused-by-change"
      className={cn("space-y-2 rounded-lg border border-border bg-surface p-3", className)}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="caused-by-heading" className="text-xs font-medium text-muted uppercase">
          Cause
        </h2>
        <p className="min-w-0 flex-1 text-sm">
          {linked ? (
            <>
              <GitPullRequestArrow aria-hidden className="mr-1 inline size-4 text-warning" />
              Caused by change{" "}
              <Link href={`/changes/${linked.key}`} className="font-mono font-semibold hover:underline">
                {linked.key}
              </Link>{" "}
              <span className="text-muted">{linked.title}</span>
            </>
          ) : (
            <span className="text-muted">Not linked to a change.</span>
          )}
        </p>
        {canUpdate && !isEditing ? (
          <>
            <Button
              size="sm"
              variant="ghost"
              disabled={isPending}
              onClick={() => {
                setKey(linked?.key ?? "");
                setEditing(true);
              }}
            >
              {linked ? "Change link" : "Link a change"}
            </Button>
            {linked ? (
              <Button
                size="sm"
                variant="ghost"
                disabled={isPending}
                onClick={() => patch({ causedByChange: null })}
              >
                Unlink
              </Button>
            ) : null}
          </>
        ) : null}
      </div>
      {isEditing ? (
        <form
          onSubmit={save}
          onKeyDown={(e) => e.key === "Escape" && setEditing(false)}
          noValidate
          aria-label="Link the causing change"
          className="flex flex-wrap items-end gap-2"
        >
          <div className="w-56">
            <TextField
              label="Change key"
              error={serverError}
              hint="Leave empty to unlink."
              value={key}
              onValue={setKey}
              placeholder="CHG-2026-0001"
              className="font-mono"
              autoFocus
              maxLength={40}
            />
          </div>
          <Button type="submit" variant="primary" disabled={isPending} className="mb-5">
            Save
          </Button>
          <Button onClick={() => setEditing(false)} disabled={isPending} className="mb-5">
            Cancel
          </Button>
        </form>
      ) : serverError ? (
        <p role="alert" className="text-xs text-danger">
          {serverError}
        </p>
      ) : null}
    </section>
  );
}
