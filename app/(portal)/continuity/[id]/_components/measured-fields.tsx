"use client";
// Measured recovery time and data loss, each judged live against the function's target as typed: the
// verdict shown here is the one the test list will show.
import { MissedBadge } from "@/app/(portal)/continuity/_components/continuity-badges";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { verdict } from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { Field, Input } from "@/components/ui/field";

type Props = {
  rto: string;
  rpo: string;
  targetRto: number;
  targetRpo: number;
  isRtoOptional: boolean;
  onChange: (patch: { rto?: string; rpo?: string }) => void;
  errors: Record<string, string>;
};

function Hint({ text, target, name }: { text: string; target: number; name: "RTO" | "RPO" }) {
  const v = verdict(text, target);
  if (v === "MISSED")
    return (
      <span className="inline-flex flex-wrap items-center gap-1 text-danger">
        <MissedBadge target={name} /> more than the {hours(target)} {name}
      </span>
    );
  if (v === "MET")
    return (
      <span className="text-success">
        Within the {hours(target)} {name}
      </span>
    );
  return <>Target {hours(target)}</>;
}

export function MeasuredFields({ rto, rpo, targetRto, targetRpo, isRtoOptional, onChange, errors }: Props) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field
        label={`Measured RTO (hours)${isRtoOptional ? ", optional" : ""}`}
        error={errors.measuredRtoHours}
        hint={<Hint text={rto} target={targetRto} name="RTO" />}
      >
        {(id, d) => (
          <Input
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.measuredRtoHours}
            inputMode="decimal"
            value={rto}
            onChange={(e) => onChange({ rto: e.target.value })}
            className="font-mono"
          />
        )}
      </Field>
      <Field
        label="Measured RPO (hours), optional"
        error={errors.measuredRpoHours}
        hint={<Hint text={rpo} target={targetRpo} name="RPO" />}
      >
        {(id, d) => (
          <Input
            id={id}
            aria-describedby={d}
            aria-invalid={!!errors.measuredRpoHours}
            inputMode="decimal"
            value={rpo}
            onChange={(e) => onChange({ rpo: e.target.value })}
            className="font-mono"
          />
        )}
      </Field>
    </div>
  );
}
