"use client";
// The vendor's security certifications (ISO 27001, SOC 2…), each with an optional expiry day.
import type { CertificationValue } from "@/app/(portal)/vendors/_components/vendor-form-values";
import { DateInput } from "@/components/ui/date-time-input";
import { Input } from "@/components/ui/field";
import { RowList } from "@/components/ui/row-list";

type Props = { value: CertificationValue[]; onChange: (value: CertificationValue[]) => void; error?: string };

export function CertificationRows({ value, onChange, error }: Props) {
  return (
    <RowList
      legend="Certifications"
      noun="certification"
      value={value}
      onChange={onChange}
      blank={{ name: "", expiresAt: "" }}
      error={error}
      emptyHint="None recorded. A critical vendor without a current certification is never recommended to continue."
      rowClassName="flex flex-wrap items-start gap-2"
      renderRow={(c, update, index) => (
        <>
          <Input
            value={c.name}
            onChange={(e) => update({ name: e.target.value })}
            placeholder="ISO 27001"
            aria-label={`Certification ${index + 1} name`}
            className="h-8 w-auto min-w-0 flex-1"
          />
          <div className="w-48">
            <DateInput
              label={`Certification ${index + 1} expires`}
              isLabelHidden
              value={c.expiresAt}
              onChange={(expiresAt) => update({ expiresAt })}
              className="h-8"
            />
          </div>
        </>
      )}
    />
  );
}
