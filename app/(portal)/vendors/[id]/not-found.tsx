import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function VendorNotFound() {
  return (
    <EmptyState
      title="Vendor not found"
      action={
        <Link className={buttonClass()} href="/vendors">
          Back to vendors
        </Link>
      }
    >
      It may have been a mistyped link.
    </EmptyState>
  );
}
