import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-7 w-40 animate-pulse rounded bg-surface-2" />
      <div className="h-4 w-96 max-w-full animate-pulse rounded bg-surface-2" />
      <div className="grid gap-6 xl:grid-cols-[20rem_minmax(0,1fr)]">
        <div className="h-96 animate-pulse rounded-lg bg-surface-2" />
        <SkeletonRows rows={8} columns={5} />
      </div>
    </div>
  );
}
