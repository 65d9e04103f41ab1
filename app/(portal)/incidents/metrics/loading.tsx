import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading incident metrics">
      <div className="h-7 w-48 animate-pulse rounded bg-surface-2" />
      <div className="flex gap-2">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-8 w-24 animate-pulse rounded bg-surface-2" />
        ))}
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="h-72 animate-pulse rounded-lg bg-surface-2" />
        <div className="h-72 animate-pulse rounded-lg bg-surface-2" />
      </div>
      <SkeletonRows rows={4} columns={10} />
    </div>
  );
}
