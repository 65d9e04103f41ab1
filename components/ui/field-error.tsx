// The error line under a group of inputs that is not one Field (rows, a fieldset): nothing without one.
/** @example <FieldError error={errorOf("rules")} /> */
export function FieldError({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="text-xs text-danger">
      {error}
    </p>
  );
}
