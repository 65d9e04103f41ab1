import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-7 w-40 animate-pulse rounded bg-surface-2" />
      <div className="h-52 animate-pulse rounded-lg bg-surface-2" />
      <div className="flex gap-2">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-8 w-28 animate-pulse rounded bg-surface-2" />
        ))}
      </div>
      <SkeletonRows rows={10} columns={5} />
    </div>
  );
}
