import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function SecurityEventNotFound() {
  return (
    <EmptyState
      title="Security event not found"
      action={
        <Link className={buttonClass()} href="/security">
          Back to the queue
        </Link>
      }
    >
      Check the link: the address may be mistyped.
    </EmptyState>
  );
}
