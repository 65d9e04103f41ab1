"use client";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

export default function SecurityEventError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      title="This security event could not be loaded"
      detail={
        error.digest
          ? `The error was logged (reference ${error.digest}).`
          : "Check your connection and try again."
      }
      action={
        <div className="flex gap-2">
          <Button onClick={reset}>Try again</Button>
          <Link className={buttonClass("ghost")} href="/security">
            Back to the queue
          </Link>
        </div>
      }
    />
  );
}
