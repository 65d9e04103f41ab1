"use client";
// The certifications the assessor saw evidence of. The vendor's current ones start ticked; expired ones
// are listed but not ticked; any other can be added by name.
import { useState } from "react";
import { Plus } from "lucide-react";
import { CertStatusBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { VendorResponse } from "@/lib/vendors/schemas";

type Props = {
  known: VendorResponse["certifications"];
  value: string[];
  onChange: (value: string[]) => void;
};

export function CertificationPicker({ known, value, onChange }: Props) {
  const [other, setOther] = useState("");
  const names = [...new Set([...known.map((c) => c.name), ...value])];
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...value, name] : value.filter((n) => n !== name));
  const add = () => {
    const name = other.trim();
    if (name && !value.includes(name)) onChange([...value, name]);
    setOther("");
  };
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="mb-1 block text-sm font-medium">Current security certifications</legend>
      {names.length ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {names.map((name) => {
            const status = known.find((c) => c.name === name)?.status;
            return (
              <li key={name}>
                <label className="flex cursor-pointer items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    checked={value.includes(name)}
                    onChange={(e) => toggle(name, e.target.checked)}
                    className="accent-[var(--accent)]"
                  />
                  {name} {status && status !== "VALID" ? <CertStatusBadge status={status} /> : null}
                </label>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-xs text-muted">None on record.</p>
      )}
      <div className="flex max-w-sm gap-2">
        <Input
          value={other}
          onChange={(e) => setOther(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.metaKey && !e.ctrlKey) {
              e.preventDefault();
              add();
            }
          }}
          placeholder="Another, e.g. SOC 2 Type II"
          aria-label="Add a certification"
          className="h-8"
        />
        <Button size="sm" onClick={add} disabled={!other.trim()}>
          <Plus aria-hidden className="size-3" /> Add
        </Button>
      </div>
    </fieldset>
  );
}
