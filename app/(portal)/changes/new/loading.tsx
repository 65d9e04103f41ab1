import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem]" aria-busy="true">
      <div className="space-y-3">
        <div className="h-7 w-48 animate-pulse rounded bg-surface-2" />
        <SkeletonRows rows={8} columns={1} />
      </div>
      <div className="h-80 animate-pulse rounded-lg bg-surface-2" />
    </div>
  );
}
