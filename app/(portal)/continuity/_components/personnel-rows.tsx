"use client";
// Key personnel: who the function cannot run without, their role, and who stands in for them.
import type { PersonValue } from "@/app/(portal)/continuity/_components/function-form-values";
import { Input } from "@/components/ui/field";
import { RowList } from "@/components/ui/row-list";

type Props = { value: PersonValue[]; onChange: (value: PersonValue[]) => void; error?: string };

const FIELDS = [
  { key: "name", label: "name", placeholder: "Name", className: "h-8" },
  { key: "role", label: "role", placeholder: "Role", className: "col-start-1 h-8 sm:col-start-auto" },
  { key: "backup", label: "backup", placeholder: "Backup", className: "col-start-1 h-8 sm:col-start-auto" },
] as const;

export function PersonnelRows({ value, onChange, error }: Props) {
  return (
    <RowList
      legend="Key personnel"
      noun="person"
      value={value}
      onChange={onChange}
      blank={{ name: "", role: "", backup: "" }}
      error={error}
      hint="Everyone the function cannot run without; a person with no backup is a single point of failure."
      rowClassName="grid grid-cols-[minmax(0,1fr)_auto] gap-2 sm:grid-cols-[repeat(3,minmax(0,1fr))_auto]"
      removeClassName="row-start-1 sm:row-start-auto"
      renderRow={(p, update, index) =>
        FIELDS.map((f) => (
          <Input
            key={f.key}
            value={p[f.key]}
            onChange={(e) => update({ [f.key]: e.target.value })}
            placeholder={f.placeholder}
            aria-label={`Person ${index + 1} ${f.label}`}
            className={f.className}
          />
        ))
      }
    />
  );
}
