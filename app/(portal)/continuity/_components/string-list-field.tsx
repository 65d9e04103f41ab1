"use client";
// A list of short texts (alternative processes, follow-ups): one box each, added and removed in place.
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";

type Props = {
  legend: string;
  itemLabel: string;
  hint?: string;
  placeholder?: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
};

export function StringListField({ legend, itemLabel, hint, placeholder, value, onChange, error }: Props) {
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="mb-1 block text-sm font-medium">{legend}</legend>
      {hint ? <p className="text-xs text-muted">{hint}</p> : null}
      <ol className="space-y-1.5">
        {value.map((text, index) => (
          <li key={index} className="flex items-center gap-2">
            <Input
              value={text}
              onChange={(e) => onChange(value.map((t, i) => (i === index ? e.target.value : t)))}
              placeholder={placeholder}
              aria-label={`${itemLabel} ${index + 1}`}
              className="h-8"
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
            >
              <Trash2 aria-hidden className="size-3.5" />
            </Button>
          </li>
        ))}
      </ol>
      <Button size="sm" onClick={() => onChange([...value, ""])}>
        <Plus aria-hidden className="size-3" /> Add {itemLabel.toLowerCase()}
      </Button>
      <FieldError error={error} />
    </fieldset>
  );
}
