// A labelled text input or text area bound to one form value: the label, hint and error are wired to the
// control (id, aria-describedby, aria-invalid), so a form writes one line per field.
import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from "react";
import { Field, Input, Textarea } from "@/components/ui/field";

type Common = {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onValue: (value: string) => void;
};

type Control<A> = Omit<A, "id" | "value" | "onChange" | "aria-describedby" | "aria-invalid">;

// What the control gets from the Field it sits in and from the bound value.
const wired = (id: string, describedBy: string | undefined, { error, value, onValue }: Common) => ({
  id,
  "aria-describedby": describedBy,
  "aria-invalid": !!error,
  value,
  onChange: (e: { target: { value: string } }) => onValue(e.target.value),
});

/**
 * `<TextField label="Name" {...textProps(form, "name")} />`; other props (autoFocus, inputMode,
 * maxLength, className, type) go to the input.
 */
export function TextField({
  label,
  hint,
  error,
  value,
  onValue,
  ...props
}: Common & Control<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(id, d) => <Input {...wired(id, d, { label, error, value, onValue })} {...props} />}
    </Field>
  );
}

/** The multi-line `TextField`; other props (className, placeholder, a `ref` to focus it) go to the text area. */
export function TextAreaField({
  label,
  hint,
  error,
  value,
  onValue,
  ref,
  ...props
}: Common & Control<TextareaHTMLAttributes<HTMLTextAreaElement>> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(id, d) => <Textarea ref={ref} {...wired(id, d, { label, error, value, onValue })} {...props} />}
    </Field>
  );
}

/** What `textProps` reads of the form hook (components/ui/use-form.ts). */
type TextForm<V> = {
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  errorOf: (field: string) => string | undefined;
};
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/**
 * A text value's `value`, `onValue` and `error` from the form hook, so a field is one line:
 * @example <TextField label="Owner" hint="Who owns the relationship." {...textProps(form, "owner")} />
 */
export function textProps<V, K extends TextKey<V>>(form: TextForm<V>, key: K) {
  return {
    value: form.values[key] as string,
    onValue: (value: string) => form.set(key, value as V[K]),
    error: form.errorOf(key),
  };
}
