import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-4 w-20 animate-pulse rounded bg-surface-2" />
      <div className="h-7 w-96 max-w-full animate-pulse rounded bg-surface-2" />
      <SkeletonRows rows={6} columns={2} />
    </div>
  );
}
