import type { z } from "zod";

// Zod issues keyed by dotted path ("preventionMeasures.0.ownerId"), first message per path, the same
// shape as the server's field errors so both can be shown in one place.
export function issuesToErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issue.message;
  }
  return errors;
}

// An error on the field itself or on any item inside it ("currentActions.3").
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];
}
