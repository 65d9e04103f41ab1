import { SkeletonBlock } from "@/components/ui/segment-loading";
import { SkeletonRows } from "@/components/ui/states";

/**
 * The placeholder of a page of figures while they load: a row of stat tiles (`stats`, none by default),
 * two charts side by side, and the table's rows, roughly where the figures will land.
 */
export function FiguresSkeleton({
  label,
  stats = 0,
  isTall = false,
  rows,
  columns,
}: {
  label: string;
  stats?: number;
  /** Taller charts (a page that leads with them). */
  isTall?: boolean;
  rows: number;
  columns: number;
}) {
  const chart = isTall ? "h-72 rounded-lg" : "h-64 rounded-lg";
  return (
    <div aria-busy="true" aria-label={label} className={isTall ? "space-y-4" : "space-y-3"}>
      {stats ? (
        <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
          {Array.from({ length: stats }, (_, i) => (
            <SkeletonBlock key={i} className="h-16 rounded-lg" />
          ))}
        </div>
      ) : null}
      <div className="grid gap-3 lg:grid-cols-2">
        <SkeletonBlock className={chart} />
        <SkeletonBlock className={chart} />
      </div>
      <SkeletonRows rows={rows} columns={columns} />
    </div>
  );
}
