import { SkeletonRows } from "@/components/ui/states";

// Mirrors the page's two columns so nothing jumps when the vendor arrives.
export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-7 w-64 animate-pulse rounded bg-surface-2" />
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="space-y-4">
          <div className="h-20 animate-pulse rounded-lg bg-surface-2" />
          <div className="h-52 animate-pulse rounded-lg bg-surface-2" />
          <SkeletonRows rows={3} columns={3} />
        </div>
        <div className="space-y-4">
          <div className="h-40 animate-pulse rounded-lg bg-surface-2" />
          <div className="h-28 animate-pulse rounded-lg bg-surface-2" />
        </div>
      </div>
    </div>
  );
}
