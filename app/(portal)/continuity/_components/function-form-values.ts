// The business function form's state and its mapping to the API input: hours as text until saved, so a
// half-typed value is the schema's to report; blank list rows are dropped.
import type { z } from "zod";
import type { CreateFunctionInput, FunctionResponse } from "@/lib/continuity/schemas";
import type { Criticality } from "@/lib/vendors/assessment-formula";

export type PersonValue = { name: string; role: string; backup: string };

export type FunctionFormValues = {
  name: string;
  description: string;
  criticality: Criticality;
  rtoHours: string;
  rpoHours: string;
  dependsOnServices: string[];
  dependsOnVendorIds: string[];
  dependsOnFunctionIds: string[];
  alternativeProcesses: string[];
  keyPersonnel: PersonValue[];
};

export const EMPTY_FUNCTION_FORM: FunctionFormValues = {
  name: "",
  description: "",
  criticality: "IMPORTANT",
  rtoHours: "",
  rpoHours: "",
  dependsOnServices: [],
  dependsOnVendorIds: [],
  dependsOnFunctionIds: [],
  alternativeProcesses: [],
  keyPersonnel: [],
};

export function valuesFromFunction(f: FunctionResponse): FunctionFormValues {
  const ids = (kind: "SERVICE" | "VENDOR" | "FUNCTION") =>
    f.dependencies.filter((d) => d.kind === kind).map((d) => d.id);
  return {
    name: f.name,
    description: f.description,
    criticality: f.criticality,
    rtoHours: String(f.rtoHours),
    rpoHours: String(f.rpoHours),
    dependsOnServices: ids("SERVICE"),
    dependsOnVendorIds: ids("VENDOR"),
    dependsOnFunctionIds: ids("FUNCTION"),
    alternativeProcesses: f.alternativeProcesses,
    keyPersonnel: f.keyPersonnel,
  };
}

// Parses an hours box: a number when it is one, else the text (so the schema names the field).
export const parseHours = (text: string): number | string =>
  text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
export const hoursOrNull = (text: string): number | null => {
  const n = parseHours(text);
  return typeof n === "number" && n > 0 ? n : null;
};

// Every field is sent, also on edit: the PATCH replaces what it is given.
export function toFunctionInput(v: FunctionFormValues): Record<keyof CreateFunctionInput, unknown> {
  return {
    ...v,
    rtoHours: parseHours(v.rtoHours),
    rpoHours: parseHours(v.rpoHours),
    alternativeProcesses: v.alternativeProcesses.filter((p) => p.trim()),
    keyPersonnel: v.keyPersonnel.filter((p) => p.name.trim() || p.role.trim() || p.backup.trim()),
  };
}

// The schema's own messages, in words for a form: an empty number box is "not a number" to zod.
export function formMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return "Enter a number of hours";
  if (issue.code === "too_small" && issue.origin === "string")
    return Number(issue.minimum) <= 1 ? "Required" : `At least ${issue.minimum} characters`;
  return issue.message;
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of issues) found[issue.path.map(String).join(".")] ??= formMessage(issue);
  return found;
}
