import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function ChangeNotFound() {
  return (
    <EmptyState
      title="Change not found"
      action={
        <Link className={buttonClass()} href="/changes">
          Back to changes
        </Link>
      }
    >
      Check the key (it looks like CHG-2026-0042).
    </EmptyState>
  );
}
