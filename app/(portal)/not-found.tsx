import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function NotFound() {
  return (
    <EmptyState
      title="Not found"
      action={
        <Link className={buttonClass()} href="/">
          Go home
        </Link>
      }
    >
      It does not exist, or you may not see it.
    </EmptyState>
  );
}
