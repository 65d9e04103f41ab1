import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-7 w-40 animate-pulse rounded bg-surface-2" />
      <div className="h-9 w-80 max-w-full animate-pulse rounded bg-surface-2" />
      <SkeletonRows rows={10} columns={8} />
    </div>
  );
}
