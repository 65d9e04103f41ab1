import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

/**
 * A list header's "Export CSV": downloads what the list's filters match (the list API with `format=csv`).
 * @example <CsvLink href={`/api/changes?${changeSearchParams(filters, { format: "csv" })}`} />
 */
export function CsvLink({ href }: { href: string }) {
  return (
    <a className={buttonClass("secondary")} href={href} download data-testid="export-csv">
      <Download aria-hidden className="size-4" /> Export CSV
    </a>
  );
}
