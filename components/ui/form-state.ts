// The pure side of the form hook (components/ui/use-form.ts): field errors keyed by dotted path, from
// the client's zod check and from a 422 problem+json alike, so both show in the same place; and what a
// failed write means for the form (fields to fix, a stale version, or a message). No React, so it is
// unit-tested in milliseconds.
import type { z } from "zod";

/** Messages keyed by dotted path ("services.2", "riskAnswers.changeSize"), the first one per path. */
export type FieldErrors = Record<string, string>;

/** What a problem+json carries: its status and its field errors (an ApiError has both). */
export type ProblemLike = { status: number; errors: readonly { path: string; message: string }[] };

const isProblem = (error: unknown): error is ProblemLike =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as ProblemLike).status === "number" &&
  Array.isArray((error as ProblemLike).errors);

/** Zod issues as field errors, the first message per path; `messageOf` rewords one for a form. */
export function issuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  messageOf: (issue: z.core.$ZodIssue) => string = (issue) => issue.message,
): FieldErrors {
  const found: FieldErrors = {};
  for (const issue of issues) found[issue.path.map(String).join(".")] ??= messageOf(issue);
  return found;
}

/** A failed request's field errors (a 422's `errors`); anything else has none. */
export function problemFieldErrors(error: unknown): FieldErrors {
  if (!isProblem(error)) return {};
  const found: FieldErrors = {};
  for (const e of error.errors) found[e.path] ??= e.message;
  return found;
}

/** True for a 409: the version the form sent was stale, nothing was saved. */
export const isStaleVersion = (error: unknown): boolean => isProblem(error) && error.status === 409;

/** The error on a field or on any item inside it ("services" shows "services.2"). */
export function errorAt(errors: FieldErrors, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];
}

/** The errors without those about a field (and its items): a fixed field should stop shouting. */
export function withoutField(errors: FieldErrors, field: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => path !== field && !path.startsWith(`${field}.`)),
  );
}

/**
 * What a failed write says above the form: nothing when the server named fields (they show beside
 * them) or on a 409 (the conflict banner says it), otherwise the server's message.
 */
export function formMessage(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (isStaleVersion(error) || Object.keys(problemFieldErrors(error)).length) return undefined;
  return error.message;
}

/** Ctrl+Enter or ⌘+Enter: submit the form from any field. */
export const isModEnter = (e: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean =>
  e.key === "Enter" && (e.ctrlKey || e.metaKey);

/** Whether the values differ from where the form started (plain data: compared as JSON). */
export const isChanged = (values: unknown, initial: unknown): boolean =>
  JSON.stringify(values) !== JSON.stringify(initial);

/** What a form says above itself when the server named fields: they show beside the fields. */
export const FIELDS_NEED_ATTENTION = "Some fields need attention: see the messages below.";

/**
 * The line above a form after a failed write: a pointer to the fields the server named, or its message;
 * nothing without an error or for a 409 (the conflict banner says that).
 */
export function writeAlertText(error: unknown): string | undefined {
  if (!(error instanceof Error) || isStaleVersion(error)) return undefined;
  return Object.keys(problemFieldErrors(error)).length ? FIELDS_NEED_ATTENTION : error.message;
}

/**
 * Which of a form's submit buttons was pressed: its `value` ("APPROVE", "REJECT"), or `fallback` for a
 * submit without one (Ctrl/⌘+Enter, Enter in a field, a button without a value).
 */
export function submitIntent(
  event: { submitter?: { value?: string } | null } | undefined,
  fallback?: string,
): string | undefined {
  return event?.submitter?.value || fallback;
}
