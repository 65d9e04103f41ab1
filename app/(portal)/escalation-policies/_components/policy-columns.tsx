// The policy list's columns: on a phone card the scope leads, the name takes a line and the chain of
// steps follows in words.
import Link from "next/link";
import {
  policySummary,
  scopeWords,
  type Names,
} from "@/app/(portal)/escalation-policies/_components/policy-words";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table";
import { Instant } from "@/components/ui/time";
import type { PolicyResponse } from "@/lib/escalation/api-schemas";

export function policyColumns(
  names: Names,
  services: ReadonlyMap<string, string>,
): DataTableColumn<PolicyResponse>[] {
  return [
    {
      id: "name",
      header: "Policy",
      phone: "main",
      className: "max-w-xs",
      cell: (p) => (
        <Link
          href={`/escalation-policies/${p.id}`}
          className="font-medium hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center"
        >
          {p.name}
        </Link>
      ),
    },
    {
      id: "scope",
      header: "Applies to",
      phone: "lead",
      cell: (p) =>
        "tier" in p.scope ? (
          <Badge tone="accent">{scopeWords(p.scope)}</Badge>
        ) : (
          <span data-testid="policy-service">{scopeWords(p.scope, services)}</span>
        ),
    },
    {
      id: "steps",
      header: "Steps",
      phone: "main",
      className: "text-sm md:max-w-md",
      cell: (p) => <span data-testid="policy-summary">{policySummary(p, names)}</span>,
    },
    {
      id: "updated",
      header: "Updated",
      phone: "meta",
      phoneLabel: true,
      className: "whitespace-nowrap text-xs",
      cell: (p) => <Instant at={p.updatedAt} />,
    },
  ];
}
