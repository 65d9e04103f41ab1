"use client";
// One form hook: values, field errors (the client's zod check and the server's 422 in one map), dirty,
// submitting, submit on Ctrl/⌘+Enter (Esc closes an inline form), the 409 stale-version state, and which
// of several submit buttons was pressed (approve or reject) as the submit's `intent`. Validation uses the
// API's own schema, so the form and the server can never disagree about what is valid.
import { useState, type FormEvent, type KeyboardEvent } from "react";
import type { z } from "zod";
import {
  errorAt,
  formMessage,
  isChanged,
  isModEnter,
  isStaleVersion,
  issuesToFieldErrors,
  problemFieldErrors,
  submitIntent,
  withoutField,
  type FieldErrors,
} from "@/components/ui/form-state";

type Options<V, S extends z.ZodType> = {
  initial: V;
  /** The API's input schema; `toInput(values)` is checked against it before anything is sent. */
  schema: S;
  /**
   * Values → what the schema reads (times to ISO, text to numbers); values as they are by default.
   * `intent` is the pressed submit button's `value` (`<Button type="submit" value="REJECT">`), if any.
   */
  toInput?: (values: V, intent: string | undefined) => unknown;
  /** Called with the parsed input; usually a mutation's `mutate`. */
  onSubmit: (input: z.output<S>, values: V, intent: string | undefined) => void;
  /** Esc anywhere in the form calls it (closing an inline form). */
  onEscape?: () => void;
  /** The intent of a submit without a button (Ctrl/⌘+Enter, Enter in a field): "APPROVE", say. */
  defaultIntent?: string;
  /** The write's error (a mutation's `error`): its 422 field errors, 409 or message show in the form. */
  serverError?: unknown;
  /** The write is in flight: submitting again does nothing. */
  isPending?: boolean;
  /** Rewords a zod issue for a form ("Required" rather than "Too small: expected string to have >=1"). */
  messageOf?: (issue: z.core.$ZodIssue, values: V) => string;
};

/**
 * `const form = useForm({ initial, schema, onSubmit: (input) => save.mutate(input), serverError: save.error,
 * isPending: save.isPending })`, then `<form {...form.formProps}>` and `form.field("title")` for
 * a field's value, setter and error.
 */
export function useForm<V extends Record<string, unknown>, S extends z.ZodType>({
  initial,
  schema,
  toInput = (v) => v,
  onSubmit,
  onEscape,
  defaultIntent,
  serverError,
  isPending = false,
  messageOf,
}: Options<V, S>) {
  const [values, setValues] = useState(initial);
  const [intent, setIntent] = useState(defaultIntent);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...problemFieldErrors(serverError), ...clientErrors };

  function set<K extends keyof V>(key: K, value: V[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setClientErrors((e) => withoutField(e, String(key)));
  }

  /** Sets several fields at once (a picker that fills two), clearing their errors. */
  function patch(next: Partial<V>) {
    setValues((v) => ({ ...v, ...next }));
    setClientErrors((e) => Object.keys(next).reduce(withoutField, e));
  }

  /** Checks the values against the schema; the field errors show and undefined comes back when they fail. */
  function validate(as: string | undefined = intent): z.output<S> | undefined {
    const parsed = schema.safeParse(toInput(values, as));
    if (!parsed.success) {
      const reword = messageOf && ((issue: z.core.$ZodIssue) => messageOf(issue, values));
      setClientErrors(issuesToFieldErrors(parsed.error.issues, reword));
      return undefined;
    }
    setClientErrors({});
    return parsed.data;
  }

  /** Validates and submits; `as` overrides the intent (otherwise the pressed button's, or the default). */
  function submit(e?: FormEvent, as?: string) {
    e?.preventDefault();
    if (isPending) return;
    const chosen =
      as ?? submitIntent(e?.nativeEvent as { submitter?: HTMLButtonElement | null }, defaultIntent);
    setIntent(chosen);
    const input = validate(chosen);
    if (input !== undefined) onSubmit(input, values, chosen);
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Escape" && onEscape) return onEscape();
    if (!isModEnter(e)) return;
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }

  return {
    values,
    set,
    patch,
    setValues,
    /** Back to `next` (or the initial values), errors cleared: after a save, or to load someone else's version. */
    reset: (next: V = initial) => {
      setValues(next);
      setClientErrors({});
    },
    errors,
    setErrors: setClientErrors,
    /** The error on a field or any item inside it. */
    errorOf: (field: string) => errorAt(errors, field),
    isDirty: isChanged(values, initial),
    isSubmitting: isPending,
    /** The intent of the last submit (which button was pressed), for its spinner. */
    intent,
    /** A 409: the version sent was stale and nothing was saved. */
    isConflict: isStaleVersion(serverError),
    /** The server's message when it named no field and was no conflict. */
    formError: formMessage(serverError),
    validate,
    submit,
    formProps: { onSubmit: submit, onKeyDown, noValidate: true },
  };
}
