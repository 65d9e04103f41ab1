import { SkeletonRows } from "@/components/ui/states";

// Mirrors the page's two columns so nothing jumps when the change arrives.
export default function Loading() {
  return (
    <div
      className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] xl:grid-cols-[minmax(0,1fr)_24rem]"
      aria-busy="true"
    >
      <div className="space-y-4">
        <div className="space-y-2">
          <div className="h-4 w-24 animate-pulse rounded bg-surface-2" />
          <div className="h-7 w-2/3 animate-pulse rounded bg-surface-2" />
        </div>
        <SkeletonRows rows={3} columns={3} />
        <div className="h-40 animate-pulse rounded-lg bg-surface-2" />
      </div>
      <div className="space-y-4">
        <div className="h-24 animate-pulse rounded-lg bg-surface-2" />
        <SkeletonRows rows={6} columns={1} />
      </div>
    </div>
  );
}
