"use client";
// Freezes in view; ops managers and admins declare and lift them here.
import { useState } from "react";
import { Snowflake } from "lucide-react";
import { FreezeForm } from "@/app/(portal)/changes/_components/freeze-form";
import { ENVIRONMENT_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { InstantRange } from "@/components/ui/time";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/api-client";
import { useDeleteFreeze } from "@/lib/client/change-calendar";
import type { FreezeResponse } from "@/lib/changes/schemas";

export function FreezePanel({ freezes, canManage }: { freezes: FreezeResponse[]; canManage: boolean }) {
  const [isDeclaring, setDeclaring] = useState(false);
  const lift = useDeleteFreeze();
  const liftingId = lift.isPending ? lift.variables.id : undefined;
  const liftError =
    lift.error instanceof ApiError && lift.error.isConflict
      ? "That freeze was changed by someone else; the calendar has been reloaded, try again."
      : lift.error?.message;
  return (
    <section
      aria-labelledby="freezes-heading"
      className="space-y-2 rounded-lg border border-border bg-surface p-3"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="freezes-heading" className="flex-1 text-xs font-medium text-muted uppercase">
          Freezes in view ({freezes.length})
        </h2>
        {canManage && !isDeclaring ? (
          <Button size="sm" variant="danger" onClick={() => setDeclaring(true)}>
            <Snowflake aria-hidden className="size-3" /> Declare a freeze
          </Button>
        ) : null}
      </div>
      {isDeclaring ? <FreezeForm onDone={() => setDeclaring(false)} /> : null}
      {liftError ? (
        <p role="alert" className="text-sm text-danger">
          {liftError}
        </p>
      ) : null}
      {freezes.length === 0 ? (
        <p className="text-sm text-muted">No freeze in this range.</p>
      ) : (
        <ul className="space-y-1">
          {freezes.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2 text-sm" data-testid="freeze">
              <Snowflake aria-hidden className="size-4 text-danger" />
              <span className="font-medium">{f.title}</span>
              <InstantRange
                start={f.startsAt}
                end={f.endsAt}
                zone="utc"
                className="font-mono text-xs text-muted"
              />
              <span className="text-xs text-muted">
                {f.environments.length
                  ? f.environments.map((e) => ENVIRONMENT_LABELS[e]).join(", ")
                  : "All environments"}
              </span>
              {f.createdBy ? <span className="text-xs text-muted">by {f.createdBy.name}</span> : null}
              {canManage ? (
                <Button
                  size="sm"
                  variant="ghost"
                  className="ml-auto"
                  disabled={liftingId === f.id}
                  onClick={() => lift.mutate({ id: f.id, version: f.version })}
                  aria-label={`Lift freeze ${f.title}`}
                >
                  Lift
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
