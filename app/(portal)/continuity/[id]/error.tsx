"use client";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

export default function FunctionError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      title="This business function could not be loaded"
      detail={
        error.digest
          ? `The error was logged (reference ${error.digest}).`
          : "Check your connection and try again."
      }
      action={
        <div className="flex gap-2">
          <Button onClick={reset}>Try again</Button>
          <Link className={buttonClass("ghost")} href="/continuity">
            Back to business continuity
          </Link>
        </div>
      }
    />
  );
}
