import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function FunctionNotFound() {
  return (
    <EmptyState
      title="Business function not found"
      action={
        <Link className={buttonClass()} href="/continuity">
          Back to business continuity
        </Link>
      }
    >
      It may have been a mistyped link.
    </EmptyState>
  );
}
