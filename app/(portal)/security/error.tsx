"use client";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

export default function SecurityError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      title="The security queue could not be loaded"
      detail={
        error.digest
          ? `The error was logged (reference ${error.digest}).`
          : "Check your connection and try again."
      }
      action={<Button onClick={reset}>Try again</Button>}
    />
  );
}
