import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function IncidentNotFound() {
  return (
    <EmptyState
      title="Incident not found"
      action={
        <Link className={buttonClass()} href="/incidents">
          Back to incidents
        </Link>
      }
    >
      Check the key (it looks like INC-2026-0042). The incident may not exist, or you may not see it.
    </EmptyState>
  );
}
