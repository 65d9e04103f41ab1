"use client";
// A post-mortem's prevention measures, one row each (what, who owns it, by when); each becomes a tracked
// action item when the post-mortem is saved.
import { Plus, Trash2 } from "lucide-react";
import { blankMeasure, type MeasureDraft } from "@/app/(portal)/incidents/[key]/_components/postmortem-draft";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { OptionSelect } from "@/components/ui/option-select";
import { TextField } from "@/components/ui/text-field";
import type { UserSummary } from "@/lib/client/incidents";

type Props = {
  measures: MeasureDraft[];
  onChange: (measures: MeasureDraft[]) => void;
  people: UserSummary[];
  isLoadingPeople: boolean;
  errors: Record<string, string>;
};

export function MeasureRows({ measures, onChange, people, isLoadingPeople, errors }: Props) {
  const update = (rowId: string, patch: Partial<MeasureDraft>) =>
    onChange(measures.map((m) => (m.rowId === rowId ? { ...m, ...patch } : m)));
  return (
    <div className="space-y-2">
      {measures.map((m, i) => {
        const err = (field: string) => errors[`preventionMeasures.${i}.${field}`];
        return (
          <fieldset
            key={m.rowId}
            className="grid gap-2 rounded-md border border-border p-2 sm:grid-cols-[minmax(0,1fr)_12rem_10rem_auto] sm:items-start"
          >
            <legend className="px-1 text-xs font-medium text-muted">Measure {i + 1}</legend>
            <TextField
              label="Description"
              value={m.description}
              onValue={(description) => update(m.rowId, { description })}
              error={err("description")}
            />
            <Field label="Owner" error={err("ownerId")}>
              {(id, d) => (
                <OptionSelect
                  id={id}
                  aria-describedby={d}
                  aria-invalid={!!err("ownerId")}
                  options={people.map((p) => ({ value: p.id, label: p.name }))}
                  empty={{ value: "", label: isLoadingPeople ? "Loading…" : "Choose…" }}
                  value={m.ownerId}
                  disabled={isLoadingPeople}
                  onValue={(ownerId) => update(m.rowId, { ownerId })}
                />
              )}
            </Field>
            <TextField
              label="Due date"
              type="date"
              value={m.dueDate}
              onValue={(dueDate) => update(m.rowId, { dueDate })}
              error={err("dueDate")}
            />
            <Button
              variant="ghost"
              size="sm"
              className="sm:mt-6"
              aria-label={`Remove measure ${i + 1}`}
              disabled={measures.length === 1}
              onClick={() => onChange(measures.filter((x) => x.rowId !== m.rowId))}
            >
              <Trash2 aria-hidden className="size-3.5" /> Remove
            </Button>
          </fieldset>
        );
      })}
      <FieldError error={errors.preventionMeasures} />
      <Button size="sm" onClick={() => onChange([...measures, blankMeasure(crypto.randomUUID())])}>
        <Plus aria-hidden className="size-3.5" /> Add measure
      </Button>
    </div>
  );
}
