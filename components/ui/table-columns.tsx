// Columns and cells that recur across the kit's data tables, so every list's row actions look and sit alike.
import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/ui/data-table";
import { IntentLink } from "@/components/ui/intent-link";

/**
 * A row's actions as the last column: its header for screen readers only, the buttons right-aligned, and
 * on a phone at the end of the card's last line.
 * @example [...columns, actionsColumn<Row>((r) => <RowButton onClick={() => take(r)}>Take</RowButton>)]
 */
export function actionsColumn<T>(
  cell: (row: T) => ReactNode,
  {
    id = "actions",
    header = "Actions",
    className,
  }: { id?: string; header?: string; className?: string } = {},
): DataTableColumn<T> {
  return {
    id,
    header,
    isHeaderHidden: true,
    phone: "actions",
    className: cn("text-right whitespace-nowrap", className),
    cell,
  };
}

/** A small button in a row (ghost unless told), a 44 px touch target on phones. */
export function RowButton({ className, variant = "ghost", ...props }: ComponentProps<typeof Button>) {
  return <Button size="sm" variant={variant} className={cn("max-md:h-11", className)} {...props} />;
}

/**
 * The record's key as its link ("INC-2026-0042"), at the start of a phone card, a 44 px touch target
 * there. Prefetches on intent: lists hold dozens of these.
 * @example keyColumn<ChangeSummary>((c) => c.key, (c) => `/changes/${c.key}`)
 */
export function keyColumn<T>(keyOf: (row: T) => string, hrefOf: (row: T) => string): DataTableColumn<T> {
  return {
    id: "key",
    header: "Key",
    phone: "lead",
    className: "font-mono text-xs whitespace-nowrap",
    cell: (row) => (
      <IntentLink
        href={hrefOf(row)}
        className="font-semibold hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center max-md:px-1"
      >
        {keyOf(row)}
      </IntentLink>
    ),
  };
}

/** A record's title (its full text on hover) over the services it touches, both cut to one line. */
export function TitleWithServices({ title, services }: { title: string; services: readonly string[] }) {
  return (
    <>
      <div className="truncate font-medium" title={title}>
        {title}
      </div>
      {services.length ? (
        <div className="truncate font-mono text-xs text-muted">{services.join(", ")}</div>
      ) : null}
    </>
  );
}
