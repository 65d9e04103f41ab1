"use client";
// Key personnel: who the function cannot run without, their role, and who stands in for them.
import { Plus, Trash2 } from "lucide-react";
import type { PersonValue } from "@/app/(portal)/continuity/_components/function-form-values";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

type Props = { value: PersonValue[]; onChange: (value: PersonValue[]) => void; error?: string };

export function PersonnelRows({ value, onChange, error }: Props) {
  const update = (index: number, patch: Partial<PersonValue>) =>
    onChange(value.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="mb-1 block text-sm font-medium">Key personnel</legend>
      <p className="text-xs text-muted">
        Everyone the function cannot run without; a person with no backup is a single point of failure.
      </p>
      <ul className="space-y-1.5">
        {value.map((p, index) => (
          <li
            key={index}
            className="grid grid-cols-[minmax(0,1fr)_auto] gap-2 sm:grid-cols-[repeat(3,minmax(0,1fr))_auto]"
          >
            <Input
              value={p.name}
              onChange={(e) => update(index, { name: e.target.value })}
              placeholder="Name"
              aria-label={`Person ${index + 1} name`}
              className="h-8"
            />
            <Input
              value={p.role}
              onChange={(e) => update(index, { role: e.target.value })}
              placeholder="Role"
              aria-label={`Person ${index + 1} role`}
              className="col-start-1 h-8 sm:col-start-auto"
            />
            <Input
              value={p.backup}
              onChange={(e) => update(index, { backup: e.target.value })}
              placeholder="Backup"
              aria-label={`Person ${index + 1} backup`}
              className="col-start-1 h-8 sm:col-start-auto"
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              aria-label={`Remove person ${index + 1}`}
              className="row-start-1 sm:row-start-auto"
            >
              <Trash2 aria-hidden className="size-3.5" />
            </Button>
          </li>
        ))}
      </ul>
      <Button size="sm" onClick={() => onChange([...value, { name: "", role: "", backup: "" }])}>
        <Plus aria-hidden className="size-3" /> Add person
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
