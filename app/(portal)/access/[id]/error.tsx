"use client";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

export default function AccessRequestError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      title="This access request could not be loaded"
      detail={
        error.digest
          ? `The error was logged (reference ${error.digest}).`
          : "Check your connection and try again."
      }
      action={
        <div className="flex gap-2">
          <Button onClick={reset}>Try again</Button>
          <Link className={buttonClass("ghost")} href="/access">
            Back to access
          </Link>
        </div>
      }
    />
  );
}
