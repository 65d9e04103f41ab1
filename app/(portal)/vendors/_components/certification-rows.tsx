"use client";
// The vendor's security certifications (ISO 27001, SOC 2…), each with an optional expiry date.
import { Plus, Trash2 } from "lucide-react";
import type { CertificationValue } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

type Props = { value: CertificationValue[]; onChange: (value: CertificationValue[]) => void; error?: string };

export function CertificationRows({ value, onChange, error }: Props) {
  const update = (index: number, patch: Partial<CertificationValue>) =>
    onChange(value.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="mb-1 block text-sm font-medium">Certifications</legend>
      {value.length === 0 ? (
        <p className="text-xs text-muted">
          None recorded. A critical vendor without a current certification is never recommended to continue.
        </p>
      ) : null}
      <ul className="space-y-1.5">
        {value.map((c, index) => (
          <li key={index} className="flex flex-wrap items-center gap-2">
            <Input
              value={c.name}
              onChange={(e) => update(index, { name: e.target.value })}
              placeholder="ISO 27001"
              aria-label={`Certification ${index + 1} name`}
              className="h-8 w-auto min-w-0 flex-1"
            />
            <Input
              type="date"
              value={c.expiresAt}
              onChange={(e) => update(index, { expiresAt: e.target.value })}
              aria-label={`Certification ${index + 1} expires`}
              className="h-8 w-40 font-mono"
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              aria-label={`Remove certification ${index + 1}`}
            >
              <Trash2 aria-hidden className="size-3.5" />
            </Button>
          </li>
        ))}
      </ul>
      <Button size="sm" onClick={() => onChange([...value, { name: "", expiresAt: "" }])}>
        <Plus aria-hidden className="size-3" /> Add certification
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
