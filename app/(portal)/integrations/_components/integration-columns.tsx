// The integration list's columns: on a phone card the kind and state lead, the name takes a line, and
// what the notifications did follows.
import Link from "next/link";
import { KIND_LABELS } from "@/app/(portal)/integrations/_components/integration-labels";
import { Badge } from "@/components/ui/badge";
import type { DataTableColumn } from "@/components/ui/data-table";
import type { IntegrationListItem } from "@/lib/client/integrations";

const count = (
  id: keyof IntegrationListItem["counts"],
  header: string,
): DataTableColumn<IntegrationListItem> => ({
  id,
  header,
  phone: "meta",
  phoneLabel: true,
  className: "text-right tabular-nums max-md:text-left",
  cell: (i) => <span data-testid={`count-${id}`}>{i.counts[id]}</span>,
});

export const INTEGRATION_COLUMNS: DataTableColumn<IntegrationListItem>[] = [
  {
    id: "name",
    header: "Integration",
    phone: "main",
    className: "max-w-xs",
    cell: (i) => (
      <Link
        href={`/integrations/${i.id}`}
        className="font-medium hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center"
      >
        {i.name}
      </Link>
    ),
  },
  {
    id: "kind",
    header: "Kind",
    phone: "lead",
    cell: (i) => <Badge tone="accent">{KIND_LABELS[i.kind]}</Badge>,
  },
  {
    id: "state",
    header: "State",
    phone: "trail",
    cell: (i) => (i.paused ? <Badge tone="warning">Paused</Badge> : <Badge tone="success">Active</Badge>),
  },
  {
    id: "services",
    header: "Services",
    phone: "hidden",
    className: "font-mono text-xs",
    cell: (i) => (i.services.length ? i.services.join(", ") : <span className="text-muted">—</span>),
  },
  count("received", "Received"),
  count("deduplicated", "Deduplicated"),
  count("opened", "Opened"),
  count("resolved", "Resolved"),
  count("errors", "Errors"),
];
