"use client";
import { RequestRow, type AccessViewer } from "@/app/(portal)/access/_components/request-row";
import { cn } from "@/components/ui/cn";
import type { AccessRequestResponse } from "@/lib/access/schemas";

type Props = {
  label: string;
  items: AccessRequestResponse[];
  viewer: AccessViewer;
  isStale?: boolean;
  selected?: number;
  onSelect?: (index: number) => void;
  testId?: string;
};

const HEADERS: [string, string][] = [
  ["Status", "hidden sm:table-cell"],
  ["Type", "hidden sm:table-cell"],
  ["Resources · why", ""],
  ["For · asked", "hidden lg:table-cell"],
  ["Expiry", "hidden sm:table-cell"],
];

export function RequestTable({
  label,
  items,
  viewer,
  isStale = false,
  selected = -1,
  onSelect,
  testId,
}: Props) {
  return (
    <div
      className={cn(
        "relative overflow-x-auto rounded-lg border border-border bg-surface transition-opacity",
        isStale && "opacity-60",
      )}
      data-testid={testId}
    >
      <table className="w-full text-left text-sm" aria-label={label} aria-busy={isStale}>
        <thead className="border-b border-border bg-surface-2 text-xs text-muted uppercase">
          <tr>
            {HEADERS.map(([h, cls]) => (
              <th key={h} scope="col" className={cn("px-2 py-2 font-medium sm:first:pl-3", cls)}>
                {h}
              </th>
            ))}
            <th scope="col" className="px-2 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r, index) => (
            <RequestRow
              key={r.id}
              request={r}
              viewer={viewer}
              index={index}
              isSelected={selected === index}
              onSelect={onSelect}
              columns={HEADERS.length + 1}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
