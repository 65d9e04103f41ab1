import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

export function ForbiddenState() {
  return (
    <ErrorState
      title="Your roles do not give access to this page"
      detail="Ask an admin if you need it."
      action={
        <Link className={buttonClass()} href="/">
          Go home
        </Link>
      }
    />
  );
}
