"use client";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

export default function VendorError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      title="This vendor could not be loaded"
      detail={
        error.digest
          ? `The error was logged (reference ${error.digest}).`
          : "Check your connection and try again."
      }
      action={
        <div className="flex gap-2">
          <Button onClick={reset}>Try again</Button>
          <Link className={buttonClass("ghost")} href="/vendors">
            Back to vendors
          </Link>
        </div>
      }
    />
  );
}
