"use client";
// A 409 naming the scope: that service or tier has a policy already (one per scope). Says so above the
// form, with a link to the policy that holds it; the field itself shows "Already has a policy". A 409
// without a field is a stale version: the edit panel's banner says that one.
import Link from "next/link";
import { isStaleVersion, problemFieldErrors } from "@/components/ui/form-state";
import { usePolicies } from "@/lib/client/escalation";

type Props = {
  error: unknown;
  /** The scope the form sent. */
  scope: { serviceSlug: string } | { tier: string };
  /** The policy being edited (never its own holder). */
  policyId?: string;
};

export function ScopeTakenAlert({ error, scope, policyId }: Props) {
  const policies = usePolicies();
  const isScopeTaken =
    isStaleVersion(error) && Object.keys(problemFieldErrors(error)).some((p) => p.startsWith("scope."));
  if (!isScopeTaken) return null;
  const holder = policies.data?.items.find(
    (p) =>
      p.id !== policyId &&
      ("tier" in scope
        ? "tier" in p.scope && p.scope.tier === scope.tier
        : "serviceSlug" in p.scope && p.scope.serviceSlug === scope.serviceSlug),
  );
  return (
    <div
      role="alert"
      data-testid="scope-taken"
      className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
    >
      <strong>{error instanceof Error ? error.message : "This scope has a policy already"}.</strong> Nothing
      was saved.{" "}
      {holder ? (
        <Link href={`/escalation-policies/${holder.id}`} className="font-medium underline">
          Open “{holder.name}”
        </Link>
      ) : null}
    </div>
  );
}
