// The not-found page of a dynamic segment: what was not found, why that may be, and the way back.
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

type Props = {
  title: string;
  back: { href: string; label: string };
  /** Why it may be missing; by default, a mistyped link. */
  children?: ReactNode;
};

/** One not-found page for every segment: each `not-found.tsx` renders it with its own words. */
export function SegmentNotFound({ title, back, children = "It may have been a mistyped link." }: Props) {
  return (
    <EmptyState
      title={title}
      action={
        <Link className={buttonClass()} href={back.href}>
          {back.label}
        </Link>
      }
    >
      {children}
    </EmptyState>
  );
}
