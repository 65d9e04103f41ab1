"use client";
// The error page of a route segment (Next renders it when the segment's server work throws): what could
// not be loaded, the logged reference when there is one, try again, and the way back to the list.
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

/** What Next hands an `error.tsx`. */
export type SegmentErrorProps = { error: Error & { digest?: string }; reset: () => void };

type Props = SegmentErrorProps & {
  /** "This change could not be loaded". */
  title?: string;
  /** The list a detail page belongs to. */
  back?: { href: string; label: string };
};

/** One error page for every segment: each `error.tsx` renders it with its own title. */
export function SegmentError({ error, reset, title = "This page could not be loaded", back }: Props) {
  const retry = <Button onClick={reset}>Try again</Button>;
  return (
    <ErrorState
      title={title}
      detail={
        error.digest
          ? `The error was logged (reference ${error.digest}).`
          : "Check your connection and try again."
      }
      action={
        back ? (
          <div className="flex gap-2">
            {retry}
            <Link className={buttonClass("ghost")} href={back.href}>
              {back.label}
            </Link>
          </div>
        ) : (
          retry
        )
      }
    />
  );
}
