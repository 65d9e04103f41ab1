"use client";
// Creating or editing a schedule, validated with the API's own schema; server field errors (an inactive
// person at "layers.0.people.2") land next to their fields. Ctrl/⌘+Enter saves from anywhere in the form.
import { Plus } from "lucide-react";
import { useId } from "react";
import { LayerFields } from "@/app/(portal)/schedules/_components/layer-fields";
import {
  newLayer,
  toCreateInput,
  type LayerRow,
  type ScheduleFormValues,
} from "@/app/(portal)/schedules/_components/schedule-form-values";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { FormAlert } from "@/components/ui/form-alert";
import type { RecordFormWiring } from "@/components/ui/record-form";
import { TextAreaField, TextField, textProps } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import { useIsClient } from "@/components/ui/use-is-client";
import { useUsers } from "@/lib/client/incidents";
import { createScheduleInput, type CreateScheduleInput } from "@/lib/oncall/api-schemas";
import { MAX_LAYERS } from "@/lib/oncall/schemas";

type Props = RecordFormWiring<CreateScheduleInput> & {
  initial: ScheduleFormValues;
  submitLabel: string;
  /** Names of the people the stored schedule names (a deactivated one is not in the picker). */
  known?: ReadonlyMap<string, string>;
};

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** Every IANA zone the browser knows, for the zone field's suggestions (empty on the server). */
function zoneNames(isClient: boolean): string[] {
  if (!isClient) return [];
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
}

export function ScheduleForm({ initial, submitLabel, isPending, serverError, onSave, cancel, known }: Props) {
  const isClient = useIsClient();
  const zonesId = useId();
  const users = useUsers();
  const form = useForm({
    initial,
    schema: createScheduleInput,
    toInput: toCreateInput,
    onSubmit: onSave,
    serverError,
    isPending,
    messageOf: (issue) => {
      const last = issue.path[issue.path.length - 1];
      if (last === "startsAt") return "Enter the start date; the handoff time must read HH:MM";
      if (last === "people" && issue.code === "too_small") return "Add at least one person";
      if (last === "length" && issue.code === "invalid_type") return "Enter a whole number";
      if (last === "days" && issue.code === "too_small") return "Tick at least one day";
      return issue.message;
    },
  });
  const { values, set } = form;
  const layers = values.layers;
  const setLayers = (next: LayerRow[]) => set("layers", next);
  const patchLayer = (i: number, patch: Partial<LayerRow>) =>
    setLayers(layers.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const moveLayer = (from: number, to: number) => {
    const next = [...layers];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    setLayers(next);
  };

  return (
    <form {...form.formProps} aria-label={submitLabel} className="max-w-3xl space-y-4">
      <FormAlert error={serverError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Name"
          hint="What people look it up by, e.g. “Platform primary”."
          {...textProps(form, "name")}
          autoFocus
          maxLength={100}
        />
        <TextField
          label="Time zone"
          hint="An IANA zone such as Europe/Berlin: handoffs and restrictions follow its wall clock, daylight saving included."
          {...textProps(form, "timeZone")}
          list={zonesId}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
        />
        <datalist id={zonesId}>
          {zoneNames(isClient).map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      <TextAreaField
        label="Description"
        hint="Optional: what it covers and how to reach whoever is on call."
        {...textProps(form, "description")}
        maxLength={2000}
        className="min-h-16"
      />
      <div className="space-y-3">
        <h2 className="text-sm font-semibold">Layers</h2>
        <p className="text-xs text-muted">
          The first layer that has someone at a moment wins; overrides win over every layer. Nobody on any
          layer is a gap.
        </p>
        {form.errors.layers ? (
          <p role="alert" className="text-xs text-danger">
            {form.errors.layers}
          </p>
        ) : null}
        {layers.map((layer, i) => (
          <LayerFields
            key={i}
            index={i}
            count={layers.length}
            value={layer}
            onChange={(patch) => patchLayer(i, patch)}
            onMove={(to) => moveLayer(i, to)}
            onRemove={() => setLayers(layers.filter((_, j) => j !== i))}
            users={users.data ?? []}
            known={known ?? NO_NAMES}
            usersStatus={users.isPending ? "pending" : users.isError ? "error" : undefined}
            errorOf={(path) => form.errorOf(`layers.${i}.${path}`)}
            exactError={(path) => form.errors[`layers.${i}.${path}`]}
            timeZone={values.timeZone}
          />
        ))}
        {layers.length < MAX_LAYERS ? (
          <Button
            onClick={() =>
              setLayers([...layers, newLayer(layers[layers.length - 1]?.startDate ?? "", layers.length + 1)])
            }
          >
            <Plus aria-hidden className="size-4" /> Add a layer
          </Button>
        ) : null}
      </div>
      <FormActions submitLabel={submitLabel} isPending={isPending} isDisabled={!isClient}>
        {cancel}
      </FormActions>
    </form>
  );
}
