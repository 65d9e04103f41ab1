import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="max-w-3xl space-y-3" aria-busy="true">
      <div className="h-7 w-48 animate-pulse rounded bg-surface-2" />
      <SkeletonRows rows={8} columns={2} />
    </div>
  );
}
