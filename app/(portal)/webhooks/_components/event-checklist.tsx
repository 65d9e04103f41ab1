"use client";
// The events a webhook receives: "every event (*)" — present and future — or a pick from the list, each
// with what it means. With every event ticked the single boxes show ticked and cannot be changed.
import { useId } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field-error";
import type { WebhookEventInfo } from "@/lib/client/webhooks";

type Props = {
  events: readonly WebhookEventInfo[];
  value: readonly string[];
  onChange: (events: string[]) => void;
  error?: string;
};

export const ALL_EVENTS = "*";

export function EventChecklist({ events, value, onChange, error }: Props) {
  const id = useId();
  const isAll = value.includes(ALL_EVENTS);
  const toggle = (type: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== type), type] : value.filter((v) => v !== type));
  return (
    <fieldset
      className="min-w-0 space-y-2"
      aria-describedby={error ? `${id}-error` : undefined}
      data-testid="webhook-events"
    >
      <legend className="mb-1 block text-sm font-medium">Events</legend>
      <Checkbox
        label="All events (*)"
        hint="Every event the portal has now, and any added later."
        checked={isAll}
        onChecked={(on) => onChange(on ? [ALL_EVENTS] : [])}
      />
      <ul
        className="grid gap-2 rounded-md border border-border p-2 sm:grid-cols-2"
        aria-label="Single events"
      >
        {events.map((e) => (
          <li key={e.type}>
            <Checkbox
              label={<span className="font-mono text-xs">{e.type}</span>}
              aria-label={e.type}
              hint={e.description}
              checked={isAll || value.includes(e.type)}
              disabled={isAll}
              onChecked={(on) => toggle(e.type, on)}
            />
          </li>
        ))}
      </ul>
      <div id={`${id}-error`}>
        <FieldError error={error} />
      </div>
    </fieldset>
  );
}
