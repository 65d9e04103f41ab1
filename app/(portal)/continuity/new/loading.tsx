import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="max-w-4xl space-y-3" aria-busy="true">
      <div className="h-7 w-56 animate-pulse rounded bg-surface-2" />
      <SkeletonRows rows={4} columns={3} />
      <div className="h-44 animate-pulse rounded-lg bg-surface-2" />
    </div>
  );
}
