"use client";
// One layer (rotation) of the schedule form: its name, people in turn order, the turn, the first
// handoff and its restrictions; buttons to move it up or down the order of priority or remove it.
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { PeopleOrder } from "@/app/(portal)/schedules/_components/people-order";
import { RestrictionRows } from "@/app/(portal)/schedules/_components/restriction-rows";
import type { LayerRow } from "@/app/(portal)/schedules/_components/schedule-form-values";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/text-field";
import type { UserSummary } from "@/lib/client/incidents";
import { MAX_TURN_LENGTH, type TurnUnit } from "@/lib/oncall/schemas";

const UNIT_CHOICES: { value: TurnUnit; label: string; hint: string }[] = [
  { value: "day", label: "Days", hint: "Hands off at the handoff time" },
  { value: "week", label: "Weeks", hint: "Hands off at the handoff time" },
  { value: "hours", label: "Custom hours", hint: "Every N real hours" },
];

type Props = {
  index: number;
  count: number;
  value: LayerRow;
  onChange: (patch: Partial<LayerRow>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  users: readonly UserSummary[];
  known: ReadonlyMap<string, string>;
  usersStatus?: "pending" | "error";
  /** The error at a path inside this layer ("turn.length"), or on the layer's exact path (`exact`). */
  errorOf: (path: string) => string | undefined;
  exactError: (path: string) => string | undefined;
  timeZone: string;
};

export function LayerFields(props: Props) {
  const { index, count, value, onChange, errorOf } = props;
  const label = `Layer ${index + 1}`;
  const isHours = value.unit === "hours";
  return (
    <fieldset
      data-testid="layer-fields"
      className="min-w-0 space-y-3 rounded-lg border border-border bg-surface p-3"
    >
      <legend className="px-1 text-sm font-semibold">
        {label}
        {index === 0 && count > 1 ? (
          <span className="font-normal text-muted"> · wins where layers overlap</span>
        ) : null}
      </legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-48">
          <TextField
            label="Layer name"
            hint="Optional, e.g. “Business hours”."
            value={value.name}
            onValue={(name) => onChange({ name })}
            error={errorOf("name")}
            maxLength={80}
          />
        </div>
        <div className="flex gap-1 pb-5">
          <Button
            size="sm"
            variant="ghost"
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
            aria-label={`Move ${label} up (higher priority)`}
          >
            <ArrowUp aria-hidden className="size-3.5" />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={index === count - 1}
            onClick={() => props.onMove(index + 1)}
            aria-label={`Move ${label} down (lower priority)`}
          >
            <ArrowDown aria-hidden className="size-3.5" />
          </Button>
          <Button size="sm" variant="danger" disabled={count === 1} onClick={props.onRemove}>
            <Trash2 aria-hidden className="size-3.5" /> Remove {label}
          </Button>
        </div>
      </div>
      <PeopleOrder
        layerLabel={label}
        value={value.people}
        onChange={(people) => onChange({ people })}
        users={props.users}
        known={props.known}
        status={props.usersStatus}
        error={props.exactError("people")}
        errorAt={(i) => props.exactError(`people.${i}`)}
      />
      <ChoiceGroup
        name={`layer-${index}-unit`}
        legend="Turn length in"
        value={value.unit}
        onChange={(unit) => onChange({ unit })}
        choices={UNIT_CHOICES}
        error={errorOf("turn.unit")}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label={isHours ? "Hours per turn" : value.unit === "day" ? "Days per turn" : "Weeks per turn"}
          hint={`1 to ${MAX_TURN_LENGTH[value.unit]}.`}
          value={value.length}
          onValue={(length) => onChange({ length })}
          error={errorOf("turn.length")}
          inputMode="numeric"
          className="font-mono"
        />
        <TextField
          label="Start date"
          hint={`The first handoff's day, ${props.timeZone || "in the schedule's zone"}.`}
          type="date"
          value={value.startDate}
          onValue={(startDate) => onChange({ startDate })}
          error={errorOf("startsAt")}
          className="font-mono"
        />
        <TextField
          label={isHours ? "First handoff at" : "Handoff time"}
          hint={isHours ? "HH:MM; later turns follow every N hours." : "HH:MM on the schedule's wall clock."}
          value={value.handoffTime}
          onValue={(handoffTime) => onChange({ handoffTime })}
          error={errorOf("handoffTime")}
          className="font-mono"
          maxLength={5}
        />
      </div>
      <RestrictionRows
        layerLabel={label}
        value={value.restrictions}
        onChange={(restrictions) => onChange({ restrictions })}
        errorOf={(path) => errorOf(`restrictions.${path}`)}
      />
    </fieldset>
  );
}
