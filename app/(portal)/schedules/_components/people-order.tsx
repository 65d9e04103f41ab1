"use client";
// A layer's people in turn order: pick active users one at a time (a person may appear more than once),
// move them up or down, take them out. Each row's buttons name the person they act on.
import { useId, useState } from "react";
import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { UserSummary } from "@/lib/client/incidents";

type Props = {
  /** The layer's label, to name the controls ("Layer 1"). */
  layerLabel: string;
  value: string[];
  onChange: (people: string[]) => void;
  /** Active users to pick from. */
  users: readonly UserSummary[];
  /** Names of people the schedule already names (some may be deactivated since). */
  known: ReadonlyMap<string, string>;
  status?: "pending" | "error";
  /** The error on the list itself ("choose at least one"). */
  error?: string;
  /** The error on one position ("layers.0.people.2" from the server). */
  errorAt: (index: number) => string | undefined;
};

export function PeopleOrder({ layerLabel, value, onChange, users, known, status, error, errorAt }: Props) {
  const id = useId();
  const [pick, setPick] = useState("");
  const nameOf = (userId: string) =>
    users.find((u) => u.id === userId)?.name ?? known.get(userId) ?? "Unknown person";
  const move = (from: number, to: number) => {
    const next = [...value];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
  };
  const add = () => {
    if (!pick) return;
    onChange([...value, pick]);
    setPick("");
  };

  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend className="text-sm font-medium">People, in turn order</legend>
      {value.length ? (
        <ol className="space-y-1" aria-label={`${layerLabel}: people in turn order`}>
          {value.map((userId, i) => {
            const name = nameOf(userId);
            const rowError = errorAt(i);
            return (
              <li
                key={`${userId}-${i}`}
                data-testid="layer-person"
                className="flex flex-wrap items-center gap-1 rounded-md border border-border px-2 py-1 text-sm"
              >
                <span className="w-6 text-right text-muted tabular-nums">{i + 1}.</span>
                <span className="min-w-0 flex-1 break-words">{name}</span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move ${name} earlier`}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  <ArrowUp aria-hidden className="size-3.5" />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move ${name} later`}
                  disabled={i === value.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  <ArrowDown aria-hidden className="size-3.5" />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Take ${name} off ${layerLabel}`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                >
                  <X aria-hidden className="size-3.5" />
                </Button>
                {rowError ? (
                  <p role="alert" className="basis-full text-xs text-danger">
                    {rowError}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-pick`} className="sr-only">
          {`Person to add to ${layerLabel}`}
        </label>
        <Select
          id={`${id}-pick`}
          value={pick}
          onChange={(e) => setPick(e.target.value)}
          disabled={status === "pending"}
          aria-invalid={!!error}
          className="w-auto max-w-full min-w-0 flex-1 sm:max-w-72"
        >
          <option value="">
            {status === "pending"
              ? "Loading people…"
              : status === "error"
                ? "People could not be loaded"
                : "Choose a person"}
          </option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </Select>
        <Button onClick={add} disabled={!pick} aria-label={`Add the chosen person to ${layerLabel}`}>
          <Plus aria-hidden className="size-4" /> Add
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-muted">
          The first person is on call from the first handoff, then each in turn. Someone may appear twice.
        </p>
      )}
    </fieldset>
  );
}
