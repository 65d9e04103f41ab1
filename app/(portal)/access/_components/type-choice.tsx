"use client";
// READ / WRITE / ADMIN as native radios drawn as a segmented control: arrow keys move the choice.
import { TYPE_HINTS } from "@/app/(portal)/access/_components/access-labels";
import { cn } from "@/components/ui/cn";
import { ACCESS_TYPES, type AccessType } from "@/lib/access/rules";

type Props = { value: AccessType; onChange: (value: AccessType) => void; error?: string };

export function TypeChoice({ value, onChange, error }: Props) {
  return (
    <fieldset className="min-w-0 space-y-1" aria-invalid={!!error}>
      <legend className="mb-1 block text-sm font-medium">Access type</legend>
      <div
        className={cn(
          "flex flex-wrap gap-1 rounded-md border p-1",
          error ? "border-danger" : "border-border",
        )}
      >
        {ACCESS_TYPES.map((t) => (
          <label
            key={t}
            className={cn(
              "min-w-24 flex-1 cursor-pointer rounded px-2 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus",
              value === t
                ? t === "ADMIN"
                  ? "bg-danger/10 text-danger ring-1 ring-danger/40"
                  : "bg-accent/15 text-accent ring-1 ring-accent/40"
                : "hover:bg-surface-2",
            )}
          >
            <input
              type="radio"
              name="accessType"
              value={t}
              checked={value === t}
              onChange={() => onChange(t)}
              className="sr-only"
            />
            <span className="block font-mono font-semibold">{t}</span>
            <span className="block text-xs text-muted">{TYPE_HINTS[t]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : value === "ADMIN" ? (
        <p className="text-xs text-warning" data-testid="admin-note">
          ADMIN access needs two approvers from security or the admins, neither of them you or the person it
          is for.
        </p>
      ) : null}
    </fieldset>
  );
}
