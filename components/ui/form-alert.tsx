"use client";
// The line above a form after its write failed: which fields to fix, or the server's message.
import { writeAlertText } from "@/components/ui/form-state";

/** A failed write's alert above its form; nothing without an error or for a 409 (the banner's job). */
export function FormAlert({ error }: { error: unknown }) {
  const text = writeAlertText(error);
  if (!text) return null;
  return (
    <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
      {text}
    </p>
  );
}
