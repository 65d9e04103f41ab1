import { SkeletonRows } from "@/components/ui/states";

// Mirrors the page's two columns so nothing jumps when the function arrives.
export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-7 w-64 animate-pulse rounded bg-surface-2" />
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-4">
          <SkeletonRows rows={4} columns={4} />
          <SkeletonRows rows={4} columns={5} />
          <div className="h-32 animate-pulse rounded-lg bg-surface-2" />
        </div>
        <div className="space-y-4">
          <div className="h-24 animate-pulse rounded-lg bg-surface-2" />
          <div className="h-32 animate-pulse rounded-lg bg-surface-2" />
        </div>
      </div>
    </div>
  );
}
