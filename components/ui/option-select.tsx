"use client";
// A native select over a list of values (severities, operators, services): one `<option>` per value, an
// optional first "none" option, and the chosen value typed as the list's own.
import type { SelectHTMLAttributes } from "react";
import { Select } from "@/components/ui/field";

export type SelectOption<T extends string> = T | { value: T; label: string };

type Props<T extends string, E extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "value" | "onChange" | "children"
> & {
  options: readonly SelectOption<T>[];
  value: T | E;
  onValue: (value: T | E) => void;
  /** A first option standing for "none": `{ value: "", label: "Default services" }`. */
  empty?: { value: E; label: string };
};

const valueOf = <T extends string>(o: SelectOption<T>): T => (typeof o === "string" ? o : o.value);
const labelOf = <T extends string>(o: SelectOption<T>): string => (typeof o === "string" ? o : o.label);

/** @example <OptionSelect aria-label="Severity" options={SEVERITIES} value={s} onValue={setS} className="w-20" /> */
export function OptionSelect<T extends string, E extends string = never>({
  options,
  value,
  onValue,
  empty,
  ...props
}: Props<T, E>) {
  return (
    <Select value={value} onChange={(e) => onValue(e.target.value as T | E)} {...props}>
      {empty ? <option value={empty.value}>{empty.label}</option> : null}
      {options.map((o) => (
        <option key={valueOf(o)} value={valueOf(o)}>
          {labelOf(o)}
        </option>
      ))}
    </Select>
  );
}
