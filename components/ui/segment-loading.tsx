// Skeletons shown while a route segment's server work runs, shaped like the page that replaces them so
// nothing jumps when it arrives. Each `loading.tsx` renders one of these; aria-busy tells assistive tech
// (and the e2e tests) the page is not ready yet.
import { cn } from "@/components/ui/cn";
import { SkeletonRows } from "@/components/ui/states";

/** One grey placeholder block; size it with Tailwind classes. */
export function SkeletonBlock({ className }: { className?: string }) {
  return <div className={cn("animate-pulse rounded bg-surface-2", className)} />;
}

type ListProps = {
  /** Table rows and columns of the list. */
  rows?: number;
  columns?: number;
  /** Filter chips above the list (0: none). */
  chips?: number;
  /** A panel above the list (the security queue's rule overview, the continuity figures). */
  panels?: number;
  label?: string;
};

/** A list page: its title, filter chips, optional figure panels and the table. */
export function ListLoading({ rows = 10, columns = 6, chips = 0, panels = 0, label }: ListProps) {
  return (
    <div className="space-y-4" aria-busy="true" aria-label={label}>
      <SkeletonBlock className="h-7 w-48" />
      {panels ? (
        <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
          {Array.from({ length: panels }, (_, i) => (
            <SkeletonBlock key={i} className="h-20 rounded-lg" />
          ))}
        </div>
      ) : null}
      {chips ? (
        <div className="flex gap-2">
          {Array.from({ length: chips }, (_, i) => (
            <SkeletonBlock key={i} className="h-8 w-24" />
          ))}
        </div>
      ) : null}
      <SkeletonRows rows={rows} columns={columns} />
    </div>
  );
}

/** A record's page in two columns (facts and timeline beside, actions aside), as incident and change pages. */
export function DetailLoading({ label }: { label?: string }) {
  return (
    <div
      className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] xl:grid-cols-[minmax(0,1fr)_24rem]"
      aria-busy="true"
      aria-label={label}
    >
      <div className="space-y-4">
        <div className="space-y-2">
          <SkeletonBlock className="h-4 w-24" />
          <SkeletonBlock className="h-7 w-2/3" />
        </div>
        <SkeletonRows rows={3} columns={3} />
        <SkeletonBlock className="h-36 rounded-lg" />
      </div>
      <div className="space-y-4">
        <SkeletonBlock className="h-24 rounded-lg" />
        <SkeletonRows rows={6} columns={1} />
      </div>
    </div>
  );
}

/** A form page: its title and fields, with the live preview beside it when the form has one. */
export function FormLoading({ hasAside = false, label }: { hasAside?: boolean; label?: string }) {
  return (
    <div
      className={cn(
        "flex flex-col gap-4",
        hasAside ? "lg:grid lg:grid-cols-[minmax(0,1fr)_22rem]" : "max-w-3xl",
      )}
      aria-busy="true"
      aria-label={label}
    >
      <div className="space-y-3">
        <SkeletonBlock className="h-7 w-48" />
        <SkeletonRows rows={8} columns={hasAside ? 1 : 2} />
      </div>
      {hasAside ? <SkeletonBlock className="h-80 rounded-lg" /> : null}
    </div>
  );
}

/** A page of big panels (the CAB board's cards, the calendar, the metrics charts). */
export function PanelsLoading({ panels, label }: { panels: string[]; label?: string }) {
  return (
    <div className="space-y-4" aria-busy="true" aria-label={label}>
      <SkeletonBlock className="h-7 w-48" />
      {panels.map((height, i) => (
        <SkeletonBlock key={i} className={cn("rounded-lg", height)} />
      ))}
    </div>
  );
}
