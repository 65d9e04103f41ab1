"use client";
import { Plus, Trash2 } from "lucide-react";
import { blankMeasure, type MeasureDraft } from "@/app/(portal)/incidents/[key]/_components/postmortem-draft";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
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
            <Field label="Description" error={err("description")}>
              {(id, d) => (
                <Input
                  id={id}
                  aria-describedby={d}
                  aria-invalid={!!err("description")}
                  value={m.description}
                  onChange={(e) => update(m.rowId, { description: e.target.value })}
                />
              )}
            </Field>
            <Field label="Owner" error={err("ownerId")}>
              {(id, d) => (
                <Select
                  id={id}
                  aria-describedby={d}
                  aria-invalid={!!err("ownerId")}
                  value={m.ownerId}
                  disabled={isLoadingPeople}
                  onChange={(e) => update(m.rowId, { ownerId: e.target.value })}
                >
                  <option value="">{isLoadingPeople ? "Loading…" : "Choose…"}</option>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Due date" error={err("dueDate")}>
              {(id, d) => (
                <Input
                  id={id}
                  type="date"
                  aria-describedby={d}
                  aria-invalid={!!err("dueDate")}
                  value={m.dueDate}
                  onChange={(e) => update(m.rowId, { dueDate: e.target.value })}
                />
              )}
            </Field>
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
      {errors.preventionMeasures ? (
        <p role="alert" className="text-xs text-danger">
          {errors.preventionMeasures}
        </p>
      ) : null}
      <Button size="sm" onClick={() => onChange([...measures, blankMeasure(crypto.randomUUID())])}>
        <Plus aria-hidden className="size-3.5" /> Add measure
      </Button>
    </div>
  );
}
