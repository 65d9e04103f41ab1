import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function AccessRequestNotFound() {
  return (
    <EmptyState
      title="Access request not found"
      action={
        <Link className={buttonClass()} href="/access">
          Back to access
        </Link>
      }
    >
      It does not exist, or it is neither yours nor for you.
    </EmptyState>
  );
}
