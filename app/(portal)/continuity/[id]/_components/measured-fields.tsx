"use client";
// A run DR test's result, in both the record and the complete form: measured recovery time and data
// loss, each judged live against the function's target as typed (the verdict shown here is the one the
// test list will show), then the findings and the follow-ups.
import { MissedBadge } from "@/app/(portal)/continuity/_components/continuity-badges";
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { StringListField } from "@/app/(portal)/continuity/_components/string-list-field";
import { verdict, type TestResultValues } from "@/app/(portal)/continuity/[id]/_components/dr-test-values";
import { TextAreaField, TextField } from "@/components/ui/text-field";

type Props = {
  values: TestResultValues;
  /** The form hook's `patch`. */
  onChange: (patch: Partial<TestResultValues>) => void;
  targetRto: number;
  targetRpo: number;
  isRtoOptional: boolean;
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

export function TestResultFields({ values, onChange, targetRto, targetRpo, isRtoOptional, errors }: Props) {
  const measured = [
    ["rto", `Measured RTO (hours)${isRtoOptional ? ", optional" : ""}`, "measuredRtoHours", targetRto, "RTO"],
    ["rpo", "Measured RPO (hours), optional", "measuredRpoHours", targetRpo, "RPO"],
  ] as const;
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        {measured.map(([field, label, path, target, name]) => (
          <TextField
            key={field}
            label={label}
            hint={<Hint text={values[field]} target={target} name={name} />}
            value={values[field]}
            onValue={(v) => onChange({ [field]: v })}
            error={errors[path]}
            inputMode="decimal"
            className="font-mono"
          />
        ))}
      </div>
      <TextAreaField
        label="Findings"
        hint="What worked, what did not, and why."
        value={values.findings}
        onValue={(findings) => onChange({ findings })}
        error={errors.findings}
        className="min-h-16"
      />
      <StringListField
        legend="Follow-ups"
        itemLabel="Follow-up"
        placeholder="e.g. Automate the restore of the search index"
        value={values.followUps}
        onChange={(followUps) => onChange({ followUps })}
        error={errors.followUps}
      />
    </>
  );
}
